package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static com.vita.payments.boundary.TestBankTransfers.bank;
import static com.vita.payments.boundary.TestBankTransfers.declare;
import static com.vita.payments.boundary.TestBankTransfers.reference;
import static com.vita.payments.boundary.TestBankTransfers.today;
import static com.vita.payments.boundary.TestBankTransfers.transfer;
import static com.vita.payments.boundary.TestBankTransfers.verify;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.testing.TestAccounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What happens to crypto and bank-transfer payments after they were paid, and before: neither is
 * "confirmed" like a card (422), a crypto order's money is not refunded through Cregis (422,
 * nothing held) while a bank-paid order's refund waits for the money to be paid back outside VITA,
 * and the daily reconciliation finds nothing to report for either.
 */
class NonCardPaymentsAftercareIT {

  @Test
  void neitherACryptoNorABankPaymentIsConfirmedLikeACard() throws Exception {
    TestCregis.Opened crypto = TestCregis.opened();
    TestPayments.confirm(crypto.buyer(), crypto.id(), "pm_card_visa")
        .then()
        .statusCode(422)
        .body("detail", containsString("address"));
    TestBankTransfers.Opened transfer = TestBankTransfers.opened();
    TestPayments.confirm(transfer.buyer(), transfer.paymentId(), "pm_card_visa")
        .then()
        .statusCode(422)
        .body("detail", containsString("declare"));
  }

  @Test
  void aCryptoOrdersMoneyIsNotRefundedThroughCregisAndNothingIsHeld() throws Exception {
    TestCregis.Opened paid = TestCregis.opened();
    assertEquals(200, TestCregis.deposit(paid, paid.due()).statusCode());
    assertEquals("succeeded", TestCregis.payment(paid).getString("status"));
    String admin = TestAccounts.firstAdmin().token();
    TestPayments.refund(admin, Map.of("orderId", paid.orderId(), "reason", "damaged"))
        .then()
        .statusCode(422)
        .body("detail", containsString("payout"));
    assertEquals(
        0,
        TestPayments.count(
            "select count(*) as n from payment_refund where payment_id = ?::uuid", paid.id()));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void aBankPaidOrdersRefundWaitsForTheMoneyToBePaidBack() throws Exception {
    TestBankTransfers.Opened o = TestBankTransfers.opened();
    String ref = reference();
    bank().seed(ref, Long.toString(o.amountMinor()), "CLP", today(), "settled");
    declare(o.buyer(), o.paymentId(), transfer(ref, o.amountMinor(), today()))
        .then()
        .statusCode(202);
    verify();
    assertEquals(
        "succeeded", TestBankTransfers.payment(o.buyer(), o.paymentId()).getString("status"));
    TestPayments.refund(
            TestBankTransfers.shop().seller().token(),
            Map.of("orderId", o.orderId(), "amountMinor", 1_000, "reason", "one item missing"))
        .then()
        .statusCode(201)
        .body("status", equalTo("pending"))
        .body("amountMinor", equalTo(1_000));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void theDailyReportFindsNothingToSayAboutPaidCryptoAndBankPayments() throws Exception {
    TestCregis.Opened crypto = TestCregis.opened();
    assertEquals(
        200, TestCregis.deposit(crypto, crypto.due().add(new BigDecimal("0.5"))).statusCode());
    TestBankTransfers.Opened o = TestBankTransfers.opened();
    String ref = reference();
    bank().seed(ref, Long.toString(o.amountMinor()), "CLP", today(), "settled");
    declare(o.buyer(), o.paymentId(), transfer(ref, o.amountMinor(), today()))
        .then()
        .statusCode(202);
    verify();
    String day = LocalDate.now(ZoneOffset.UTC).toString();
    List<String> flagged =
        as(TestAccounts.firstAdmin().token())
            .post("/api/v1/admin/payments/reconciliation/" + day)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.paymentId", String.class);
    assertEquals(
        List.of(), flagged.stream().filter(List.of(crypto.id(), o.paymentId())::contains).toList());
  }
}
