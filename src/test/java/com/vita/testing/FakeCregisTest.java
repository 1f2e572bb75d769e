package com.vita.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fake refuses what Cregis refuses: a wrong sign, a replayed nonce, a stale timestamp. */
class FakeCregisTest {

  static FakeCregis cregis;

  @BeforeAll
  static void start() throws Exception {
    cregis = FakeCregis.start();
  }

  @AfterAll
  static void stop() {
    cregis.close();
  }

  static JsonObject create(long timestamp, String nonce) {
    return SignedAsCregis.signed(
        Json.createObjectBuilder()
            .add("pid", FakeCregis.PROJECT_ID)
            .add("chain_id", FakeCregis.CHAIN_ID)
            .add("callback_url", "http://127.0.0.1/cb"),
        timestamp,
        nonce);
  }

  String code(JsonObject body) {
    String answer =
        cregis
            .post(URI.create(cregis.baseUrl() + "/api/v1/address/create"), body.toString())
            .body();
    return Json.createReader(new StringReader(answer)).readObject().getString("code");
  }

  @Test
  void aSignedFreshRequestGetsAnAddress() {
    assertEquals("00000", code(create(System.currentTimeMillis(), SignedAsCregis.nonce())));
  }

  @Test
  void aWrongSignAReplayedNonceAndAStaleTimestampAreRefused() {
    JsonObject good = create(System.currentTimeMillis(), SignedAsCregis.nonce());
    assertEquals(FakeCregis.SIGN_ERROR, code(SignedAsCregis.tampered(good, "chain_id", "1")));
    assertEquals("00000", code(good));
    assertEquals(FakeCregis.SIGN_ERROR, code(good));
    assertEquals(
        FakeCregis.SIGN_ERROR,
        code(create(System.currentTimeMillis() - 301_000, SignedAsCregis.nonce())));
  }
}
