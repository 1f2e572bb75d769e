package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cregis' signing rule against its own documentation's example. */
class CregisSignerTest {

  static final String KEY = "f502a9ac9ca54327986f29c03b271491";

  /** The example of Cregis' signing page (and of its payout request), as JSON. */
  static final String EXAMPLE =
      """
      {
        "pid": 1382528827416576,
        "currency": "195@195",
        "address": "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS",
        "amount": "1.1",
        "remark": "payout",
        "third_party_id": "c9231e604da54469a735af3f449c880f",
        "callback_url": "http://192.168.2.29:9099/callback",
        "nonce": "hwlkk6",
        "timestamp": 1688004243314
      }
      """;

  static Map<String, String> example() {
    return CregisSigner.paramsOf(Json.createReader(new StringReader(EXAMPLE)).readObject());
  }

  @Test
  void theDocumentationsExampleSignsAsDocumented() {
    assertEquals(
        "addressTXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FSamount1.1callback_urlhttp://192.168.2.29:9099/"
            + "callbackcurrency195@195noncehwlkk6pid1382528827416576remarkpayoutthird_party_id"
            + "c9231e604da54469a735af3f449c880ftimestamp1688004243314",
        CregisSigner.canonical(example()));
    // The sign the payout page (提币>发起) shows for these very parameters.
    assertEquals("d6eef2de79e39f434a38efb910213ba6", CregisSigner.sign(example(), KEY));
  }

  @Test
  void theChinesePagesStringsAreItsOwnOtherExampleYetConsistent() throws Exception {
    // The Chinese signing page lists the parameters above but shows steps 2-3 made of another
    // request (nonce mb8udu, third_party_id 19faf9…, timestamp 1688003966801). Its sign, c9bae0…,
    // is the MD5 of those strings, not of the listed parameters: the rule holds either way.
    String step3 =
        KEY
            + "addressTXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FSamount1.1callback_urlhttp://192.168.2.29:"
            + "9099/callbackcurrency195@195noncemb8udupid1382528827416576remarkpayoutthird_party_id"
            + "19faf9d3c8f34caf926f332f3021e887timestamp1688003966801";
    String md5 =
        HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(step3.getBytes("UTF-8")));
    assertTrue(md5.startsWith("c9bae0"), md5);
    Map<String, String> other = new HashMap<>(example());
    other.put("nonce", "mb8udu");
    other.put("third_party_id", "19faf9d3c8f34caf926f332f3021e887");
    other.put("timestamp", "1688003966801");
    assertEquals(md5, CregisSigner.sign(other, KEY));
  }

  @Test
  void keysSortLexicographicallyAPrefixFirst() {
    Map<String, String> params = Map.of("sight", "3", "b", "1", "sigh", "2", "a_b", "4", "ab", "5");
    assertEquals("a_b4ab5b1sigh2sight3", CregisSigner.canonical(params));
  }

  @Test
  void emptyAndNullValuesAndTheSignItselfAreLeftOut() {
    Map<String, String> params = new HashMap<>();
    params.put("alias", "");
    params.put("remark", null);
    params.put("sign", "whatever");
    params.put("pid", "1");
    assertEquals("pid1", CregisSigner.canonical(params));
    JsonObject json =
        Json.createReader(new StringReader("{\"pid\":1,\"alias\":null,\"remark\":\"\"}"))
            .readObject();
    assertEquals(
        CregisSigner.sign(Map.of("pid", "1"), KEY),
        CregisSigner.sign(CregisSigner.paramsOf(json), KEY));
  }

  @Test
  void verifyAcceptsTheRightSignOnly() {
    Map<String, String> signed = new HashMap<>(example());
    signed.put("sign", "d6eef2de79e39f434a38efb910213ba6");
    assertTrue(CregisSigner.verify(signed, KEY));
    assertFalse(CregisSigner.verify(signed, KEY + "x"));
    signed.put("amount", "1.2");
    assertFalse(CregisSigner.verify(signed, KEY));
    signed.remove("sign");
    assertFalse(CregisSigner.verify(signed, KEY));
    assertFalse(CregisSigner.verify(example(), ""));
  }
}
