package com.vita.payments.boundary;

import static com.vita.payments.boundary.TestPayouts.available;
import static com.vita.payments.boundary.TestPayouts.bookings;
import static com.vita.payments.boundary.TestPayouts.funded;
import static com.vita.payments.boundary.TestPayouts.payout;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.orders.boundary.TestShop;
import com.vita.payments.boundary.TestPayouts.Funded;
import com.vita.testing.FakeCregis;
import com.vita.testing.SignedAsCregis;
import com.vita.testing.VitaTestServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A payout to a Cregis wallet end to end: debited at once, sent to Cregis' 提币 endpoint with the
 * payout's id as {@code third_party_id} and the fiat amount at the configured rate (rounded down),
 * then ended by Cregis' signed payout callback: status 6 settles it once, however often it is
 * delivered; status 7 returns the money to the wallet. The ledger sums to zero after each.
 */
class CregisPayoutsIT {

  private static final String WALLET = "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS";
  private static final URI CALLBACKS =
      VitaTestServer.baseUri().resolve("/api/v1/payments/webhook/cregis/payout");

  @Test
  void aCregisPayoutIsSentAtTheRateAndSettledOnceByItsCallback() throws Exception {
    Funded f = funded("20000");
    String id = send(f, 10_000);
    assertEquals(f.availableMinor() - 10_000, available(f));
    FakeCregis.Payout sent = sentFor(id);
    assertEquals(WALLET, sent.address());
    // 10,000 CLP at the shared server's 0.001 USDT per peso
    assertEquals(
        0, new java.math.BigDecimal("10").compareTo(new java.math.BigDecimal(sent.amount())));

    for (int i = 0; i < 2; i++) {
      assertEquals(200, cregis().post(CALLBACKS, callback(sent, 6)).statusCode());
    }
    awaitStatus(f, id, "settled");
    assertEquals(1, bookings(id, "payout_settled"));
    assertEquals(0, bookings(id, "payout_returned"));
    assertEquals(f.availableMinor() - 10_000, available(f), "settled money does not come back");
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void aPayoutCregisFailsComesBackToTheWallet() throws Exception {
    Funded f = funded("20000");
    String id = send(f, 5_000);
    FakeCregis.Payout sent = sentFor(id);
    assertEquals(200, cregis().post(CALLBACKS, callback(sent, 7)).statusCode());
    awaitStatus(f, id, "returned");
    assertEquals(1, bookings(id, "payout_returned"));
    assertEquals(0, bookings(id, "payout_settled"));
    assertEquals(f.availableMinor(), available(f));
    PaymentsIT.assertLedgerBalanced();
  }

  private static String send(Funded f, long amountMinor) {
    return payout(
            f,
            Map.of(
                "amountMinor",
                amountMinor,
                "currency",
                "CLP",
                "rail",
                "cregis",
                "destination",
                WALLET))
        .then()
        .statusCode(201)
        .body("rail", equalTo("cregis"))
        .body("status", equalTo("submitted"))
        .extract()
        .path("id");
  }

  private static FakeCregis.Payout sentFor(String payoutId) {
    String thirdParty = payoutId.replace("-", "");
    return cregis().payouts().stream()
        .filter(p -> p.thirdPartyId().equals(thirdParty))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Cregis got no payout " + thirdParty));
  }

  private static String callback(FakeCregis.Payout sent, int status) {
    return SignedAsCregis.payoutCallback(sent, status).toString();
  }

  private static void awaitStatus(Funded f, String id, String status) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    String now = null;
    while (Instant.now().isBefore(deadline)) {
      now =
          TestShop.as(f.token())
              .get("/api/v1/wallet/" + f.id() + "/payouts/" + id)
              .then()
              .statusCode(200)
              .extract()
              .path("status");
      if (status.equals(now)) {
        return;
      }
      Thread.sleep(100);
    }
    assertEquals(status, now);
  }

  private static FakeCregis cregis() {
    return VitaTestServer.cregis();
  }
}
