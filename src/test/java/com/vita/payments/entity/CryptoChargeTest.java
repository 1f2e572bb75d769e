package com.vita.payments.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CryptoChargeTest {

  static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  static CryptoCharge charge(String due) {
    return CryptoCharge.open(
        new CryptoCharge.Terms(
            UUID.randomUUID(),
            "cregis",
            "TAddress",
            "195",
            "195@T",
            new BigDecimal(due),
            new BigDecimal("0.001"),
            Money.ofMinor(23_990, Currency.getInstance("CLP")),
            NOW.plusSeconds(3600)),
        NOW);
  }

  @Test
  void depositsAddUpUntilTheyCoverTheAmountAndTheRestIsExcess() {
    CryptoCharge charge = charge("23.99");
    assertFalse(charge.receive(new BigDecimal("20"), NOW));
    assertEquals(0, charge.excess().signum());
    assertTrue(charge.receive(new BigDecimal("4.5"), NOW));
    assertEquals(new BigDecimal("0.51"), charge.excess());
    assertEquals(new BigDecimal("24.5"), charge.amountReceived());
  }

  @Test
  void theWindowEndsAtItsExpiry() {
    CryptoCharge charge = charge("1");
    assertTrue(charge.openAt(NOW.plusSeconds(3600)));
    assertFalse(charge.openAt(NOW.plusSeconds(3601)));
  }

  @Test
  void nothingOrLessIsNoDepositAndNoCharge() {
    assertThrows(IllegalArgumentException.class, () -> charge("1").receive(BigDecimal.ZERO, NOW));
    assertThrows(IllegalArgumentException.class, () -> charge("0"));
  }

  @Test
  void onlyAnOverpaidDepositHasAnExcess() {
    CryptoDeposit.Report report =
        new CryptoDeposit.Report("cregis", "1", "TAddress", "195@T", BigDecimal.ONE, null, null);
    assertThrows(
        IllegalArgumentException.class,
        () -> CryptoDeposit.of(report, null, CryptoDepositOutcome.CAPTURED, BigDecimal.ONE, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> CryptoDeposit.of(report, null, CryptoDepositOutcome.OVERPAID, BigDecimal.ZERO, NOW));
  }
}
