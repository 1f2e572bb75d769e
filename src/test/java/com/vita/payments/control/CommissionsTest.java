package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CommissionsTest {

  @Test
  void theCommissionRoundsHalfUpToTheMinorUnit() {
    assertEquals(1_449, Commissions.of(14_485, new BigDecimal("0.10")));
    assertEquals(499, Commissions.of(4_990, new BigDecimal("0.10")));
    assertEquals(0, Commissions.of(4_990, BigDecimal.ZERO));
    assertEquals(4_990, Commissions.of(4_990, BigDecimal.ONE));
    assertEquals(12, Commissions.of(149, new BigDecimal("0.0833")));
  }

  @Test
  void refundsTakeTheCommissionBackInProportionAndInFullAtTheEnd() {
    long gross = 13_990;
    long commission = Commissions.of(gross, new BigDecimal("0.10"));
    assertEquals(1_399, commission);
    assertEquals(300, Commissions.takenBack(commission, 3_000, gross));
    // any split of the gross, summed step by step, gives back the whole commission
    long refunded = 0;
    long back = 0;
    for (long part : new long[] {1, 333, 2_999, 7, 10_650}) {
      back +=
          Commissions.takenBack(commission, refunded + part, gross)
              - Commissions.takenBack(commission, refunded, gross);
      refunded += part;
    }
    assertEquals(gross, refunded);
    assertEquals(commission, back);
  }
}
