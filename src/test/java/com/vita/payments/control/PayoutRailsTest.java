package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.money.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rails are found by name among those deployed; the bank rail only marks a payout submitted. */
class PayoutRailsTest {

  /** A rail that records what it was given. */
  private static class RecordingRail implements PayoutRail {
    final String name;
    final List<PayoutInstruction> sent = new ArrayList<>();

    RecordingRail(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean sandbox() {
      return true;
    }

    @Override
    public Submission submit(PayoutInstruction instruction) {
      sent.add(instruction);
      return new Submission(name + "-" + instruction.payoutId());
    }
  }

  @Test
  void aRailIsPickedByItsName() {
    RecordingRail cregis = new RecordingRail("cregis");
    BankPayoutRail bank = new BankPayoutRail();
    List<PayoutRail> deployed = List.of(bank, cregis);
    assertSame(cregis, PayoutRails.pick(deployed, "cregis").orElseThrow());
    assertSame(bank, PayoutRails.pick(deployed, "bank").orElseThrow());
    assertTrue(PayoutRails.pick(deployed, "paypal").isEmpty());
    assertTrue(PayoutRails.pick(List.of(bank), "cregis").isEmpty(), "cregis not deployed");
  }

  @Test
  void theBankRailSendsNothingAndHasNoReference() {
    BankPayoutRail bank = new BankPayoutRail();
    assertEquals("bank", bank.name());
    PayoutRail.Submission submission =
        bank.submit(
            new PayoutRail.PayoutInstruction(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Money.ofMinor(1_000, Currency.getInstance("CLP")),
                "Banco 1",
                null,
                "k"));
    assertNull(submission.providerRef(), "the finance team gives the bank's number on settle");
  }

  /** What the submissions asked the settlement to record. */
  private static final class RecordingSettlement extends PayoutSettlement {
    final List<PayoutOutcome> outcomes = new ArrayList<>();
    final List<String> submitted = new ArrayList<>();

    @Override
    public Result apply(PayoutOutcome outcome, UUID actor) {
      outcomes.add(outcome);
      return Result.APPLIED;
    }

    @Override
    public boolean claim(UUID payoutId) {
      return true;
    }

    @Override
    public boolean submitted(UUID payoutId, String providerRef) {
      submitted.add(payoutId + " " + providerRef);
      return true;
    }
  }

  private static PayoutSubmissions submissions(
      RecordingSettlement settlement, PayoutRail... rails) {
    PayoutSubmissions submissions = new PayoutSubmissions();
    submissions.settlement = settlement;
    submissions.rails =
        new PayoutRails() {
          @Override
          Iterable<PayoutRail> deployed() {
            return List.of(rails);
          }
        };
    return submissions;
  }

  private static com.vita.payments.entity.Payout payout(String rail) {
    return com.vita.payments.entity.Payout.request(
        UUID.randomUUID(),
        Money.ofMinor(2_000, Currency.getInstance("CLP")),
        rail,
        "TXyz-address",
        "USDT-TRC20",
        "key",
        java.time.Instant.now());
  }

  @Test
  void aPayoutGoesToTheRailOfItsNameWithItsIdAsTheKey() {
    RecordingRail cregis = new RecordingRail("cregis");
    RecordingSettlement settlement = new RecordingSettlement();
    com.vita.payments.entity.Payout payout = payout("cregis");
    submissions(settlement, new BankPayoutRail(), cregis).dispatch(payout);
    assertEquals(1, cregis.sent.size());
    PayoutRail.PayoutInstruction sent = cregis.sent.get(0);
    assertEquals(payout.id(), sent.payoutId());
    assertEquals("vita-payout-" + payout.id(), sent.idempotencyKey());
    assertEquals("USDT-TRC20", sent.destinationCurrency());
    assertEquals(List.of(payout.id() + " cregis-" + payout.id()), settlement.submitted);
    assertTrue(settlement.outcomes.isEmpty());
  }

  @Test
  void aRailThatThrowsOrIsGoneReturnsThePayoutAtOnce() {
    RecordingSettlement settlement = new RecordingSettlement();
    PayoutRail failing =
        new RecordingRail("cregis") {
          @Override
          public Submission submit(PayoutInstruction instruction) {
            throw new IllegalStateException("insufficient hot wallet balance");
          }
        };
    com.vita.payments.entity.Payout payout = payout("cregis");
    submissions(settlement, failing).dispatch(payout);
    assertEquals(1, settlement.outcomes.size());
    PayoutOutcome outcome = settlement.outcomes.get(0);
    assertEquals(payout.id(), outcome.payoutId());
    assertEquals("cregis", outcome.rail());
    assertTrue(!outcome.settled() && outcome.reason().contains("insufficient"));

    RecordingSettlement none = new RecordingSettlement();
    submissions(none, new BankPayoutRail()).dispatch(payout("cregis"));
    assertTrue(none.outcomes.get(0).reason().contains("not available"));
    assertTrue(none.submitted.isEmpty());
  }
}
