package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vita.platform.providers.ProviderRefused;
import org.junit.jupiter.api.Test;

/**
 * Cregis answers {@code {code, msg, data}}: only {@code 00000} is success (its docs' 响应说明); any
 * other code is a refusal that keeps Cregis' code, and an answer without its data object or that is
 * not JSON is refused too, never read as an empty success.
 */
class CregisAnswersTest {

  @Test
  void successIsCode00000WithItsData() {
    assertEquals(
        "TXsmKp",
        CregisClient.dataOf(
                "address", "{\"code\":\"00000\",\"msg\":\"ok\",\"data\":{\"address\":\"TXsmKp\"}}")
            .getString("address"));
  }

  @Test
  void anyOtherCodeIsARefusalWithCregisCode() {
    CregisClient.CregisRefused refused =
        assertThrows(
            CregisClient.CregisRefused.class,
            () ->
                CregisClient.dataOf("payout", "{\"code\":\"E0009\",\"msg\":\"重复\",\"data\":null}"));
    assertEquals("E0009", refused.code());
  }

  @Test
  void anAnswerWithoutDataOrNotJsonIsRefused() {
    assertThrows(
        ProviderRefused.class, () -> CregisClient.dataOf("payout", "{\"code\":\"00000\"}"));
    assertThrows(
        ProviderRefused.class,
        () -> CregisClient.dataOf("payout", "{\"code\":\"00000\",\"data\":[1]}"));
    assertThrows(ProviderRefused.class, () -> CregisClient.dataOf("payout", "<html>502</html>"));
  }
}
