package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static com.vita.payments.boundary.TestBankTransfers.bank;
import static com.vita.payments.boundary.TestBankTransfers.declare;
import static com.vita.payments.boundary.TestBankTransfers.opened;
import static com.vita.payments.boundary.TestBankTransfers.orderStatus;
import static com.vita.payments.boundary.TestBankTransfers.payment;
import static com.vita.payments.boundary.TestBankTransfers.reference;
import static com.vita.payments.boundary.TestBankTransfers.shop;
import static com.vita.payments.boundary.TestBankTransfers.today;
import static com.vita.payments.boundary.TestBankTransfers.transfer;
import static com.vita.payments.boundary.TestBankTransfers.transfersOf;
import static com.vita.payments.boundary.TestBankTransfers.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.orders.boundary.TestShop;
import com.vita.payments.boundary.TestBankTransfers.Opened;
import com.vita.testing.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bank transfers the shared server refuses: amount and date mismatches and a transfer still unknown
 * at its deadline, each with its reason and the orders left pending; another buyer's payment is
 * 404; bad input changes nothing. Verified through the admin's verify, as in {@link
 * BankTransfersIT}.
 */
class BankTransferRefusalsIT {

  @Test
  void anAmountTheBankDoesNotConfirmIsRefusedWithTheReason() throws Exception {
    Opened o = opened();
    String ref = reference();
    bank().seed(ref, Long.toString(o.amountMinor() - 1000), "CLP", today(), "settled");
    declare(o.buyer(), o.paymentId(), transfer(ref, o.amountMinor(), today()))
        .then()
        .statusCode(202);

    verify();

    JsonPath refused = payment(o.buyer(), o.paymentId());
    String reason =
        "amount_mismatch: declared " + o.amountMinor() + ", bank " + (o.amountMinor() - 1000);
    assertEquals("failed", refused.getString("status"));
    assertEquals("refused", refused.getString("bankTransfer.status"));
    assertEquals(reason, refused.getString("bankTransfer.reason"));
    assertEquals("amount_mismatch", refused.getString("failure.code"));
    assertEquals(reason, refused.getString("failure.message"));
    assertEquals("pending", orderStatus(o.buyer(), o.orderId()));
    assertEquals(0, TestPayments.captures(o.paymentId()));
    PaymentsIT.assertLedgerBalanced();

    // The buyer may declare the right transfer after a refused one.
    String right = reference();
    bank().seed(right, Long.toString(o.amountMinor()), "CLP", today(), "settled");
    declare(o.buyer(), o.paymentId(), transfer(right, o.amountMinor(), today()))
        .then()
        .statusCode(202);
    verify();
    assertEquals("succeeded", payment(o.buyer(), o.paymentId()).getString("status"));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void aDateTheBankDoesNotConfirmIsRefusedWithTheReason() throws Exception {
    Opened o = opened();
    String ref = reference();
    LocalDate booked = today().minusDays(3);
    bank().seed(ref, Long.toString(o.amountMinor()), "CLP", booked, "settled");
    declare(o.buyer(), o.paymentId(), transfer(ref, o.amountMinor(), today()))
        .then()
        .statusCode(202);

    verify();

    JsonPath refused = payment(o.buyer(), o.paymentId());
    assertEquals("failed", refused.getString("status"));
    assertEquals(
        "date_mismatch: declared " + today() + ", bank " + booked,
        refused.getString("bankTransfer.reason"));
    assertEquals("pending", orderStatus(o.buyer(), o.orderId()));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void aTransferStillUnknownAtItsDeadlineIsRefused() throws Exception {
    Opened o = opened();
    declare(o.buyer(), o.paymentId(), transfer(reference(), o.amountMinor(), today()))
        .then()
        .statusCode(202);
    // Three days pass (bank.verification.deadline): moved in the row, not waited for.
    try (java.sql.Connection db = TestDatabase.connect();
        java.sql.PreparedStatement late =
            db.prepareStatement(
                "update bank_transfer set deadline_at = now() - interval '1 second'"
                    + " where payment_id = ?")) {
      late.setObject(1, UUID.fromString(o.paymentId()));
      assertEquals(1, late.executeUpdate());
    }

    verify();

    JsonPath refused = payment(o.buyer(), o.paymentId());
    assertEquals("failed", refused.getString("status"));
    assertEquals("refused", refused.getString("bankTransfer.status"));
    assertTrue(
        refused.getString("bankTransfer.reason").startsWith("not_found: "),
        refused.getString("bankTransfer.reason"));
    assertEquals("pending", orderStatus(o.buyer(), o.orderId()));
  }

  @Test
  void anotherBuyersPaymentIsNotFound() throws Exception {
    Opened o = opened();
    String stranger = TestShop.buyer();
    declare(stranger, o.paymentId(), transfer(reference(), o.amountMinor(), today()))
        .then()
        .statusCode(404);
    as(stranger).get("/api/v1/payments/" + o.paymentId()).then().statusCode(404);
    declare(shop().seller().token(), o.paymentId(), transfer(reference(), o.amountMinor(), today()))
        .then()
        .statusCode(404);
    assertEquals(0, transfersOf(o.paymentId()));
  }

  @Test
  void badInputIsRefusedAndChangesNothing() throws Exception {
    Opened o = opened();
    Map<String, Object> noDate = transfer(reference(), o.amountMinor(), today());
    noDate.remove("date");
    Map<String, Object> badReference = transfer("no spaces!", o.amountMinor(), today());
    Map<String, Object> twoAmounts = transfer(reference(), o.amountMinor(), today());
    twoAmounts.put("amount", "8000");
    Map<String, Object> noAmount = transfer(reference(), o.amountMinor(), today());
    noAmount.remove("amountMinor");
    for (Map<String, Object> body : List.of(noDate, badReference, twoAmounts, noAmount)) {
      declare(o.buyer(), o.paymentId(), body)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    as(o.buyer())
        .contentType("application/json")
        .body(transfer(reference(), o.amountMinor(), today()))
        .post("/api/v1/payments/" + o.paymentId() + "/transfer")
        .then()
        .statusCode(400); // no Idempotency-Key

    Response less = declare(o.buyer(), o.paymentId(), transfer(reference(), 1, today()));
    less.then().statusCode(422);
    assertTrue(less.jsonPath().getString("detail").startsWith("amount_mismatch: declared 1"));
    Map<String, Object> otherBank = transfer(reference(), o.amountMinor(), today());
    otherBank.put("bank", "otro_banco");
    declare(o.buyer(), o.paymentId(), otherBank).then().statusCode(422);
    declare(o.buyer(), o.paymentId(), transfer(reference(), o.amountMinor(), today().plusDays(5)))
        .then()
        .statusCode(422);

    assertEquals(0, transfersOf(o.paymentId()));
    assertEquals("requires_action", payment(o.buyer(), o.paymentId()).getString("status"));
  }
}
