package com.vita.payments.control;

import com.vita.platform.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * Payouts to a seller's crypto wallet through Cregis' 提币 (payout): the fiat amount converted at the
 * configured rate (rounded down to the coin's decimals), {@code third_party_id} = the payout's id,
 * so Cregis refuses a second send of the same payout (E0009) and its callback names the payout. The
 * callback ({@link CregisPayoutCallbacks}) fires the {@link PayoutOutcome}. Without {@code
 * CREGIS_API_KEY} the rail is the labelled sandbox: it sends nothing and settles at once.
 */
@ApplicationScoped
public class CregisPayoutRail implements PayoutRail {

  static final String NAME = "cregis";

  /** Cregis allows a remark of 20 characters at most (E0002). */
  static final String REMARK = "VITA payout";

  /** The reference of a payout Cregis already had (E0009): its cid comes with the callback. */
  static final String SENT_BEFORE = "third_party_id:";

  @Inject CregisSettings settings;
  @Inject CregisClient client;
  @Inject Event<PayoutOutcome> outcomes;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean sandbox() {
    return settings.sandbox();
  }

  @Override
  public Submission submit(PayoutInstruction instruction) {
    BigDecimal amount = amountOf(instruction.amount());
    String coin =
        instruction.destinationCurrency() == null || instruction.destinationCurrency().isBlank()
            ? settings.currency()
            : instruction.destinationCurrency();
    String thirdPartyId = thirdPartyId(instruction.payoutId());
    if (settings.sandbox()) {
      String ref = "sandbox-payout-" + thirdPartyId;
      outcomes.fire(new PayoutOutcome(instruction.payoutId(), NAME, ref, true, null));
      return new Submission(ref);
    }
    try {
      return new Submission(
          client.payout(coin, instruction.destination(), amount, thirdPartyId, REMARK));
    } catch (CregisClient.CregisRefused e) {
      if (CregisClient.DUPLICATE_ID.equals(e.code())) {
        // Sent before (a retry after a lost answer): never report it failed, or the money would
        // return to the wallet while the crypto leaves. Its callback names it by third_party_id.
        return new Submission(SENT_BEFORE + thirdPartyId);
      }
      throw e;
    }
  }

  /** The crypto amount a fiat payout sends. */
  BigDecimal amountOf(Money fiat) {
    BigDecimal amount = settings.rates().toSend(fiat, settings.decimals());
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("The payout is worth no " + settings.currency());
    }
    return amount;
  }

  /** VITA's payout id as Cregis' third_party_id: 32 hex digits, like Cregis' own examples. */
  static String thirdPartyId(UUID payoutId) {
    return payoutId.toString().replace("-", "");
  }

  static Optional<UUID> payoutIdOf(String thirdPartyId) {
    if (thirdPartyId == null || !thirdPartyId.matches("[0-9a-fA-F]{32}")) {
      return Optional.empty();
    }
    String h = thirdPartyId;
    return Optional.of(
        UUID.fromString(
            h.substring(0, 8)
                + "-"
                + h.substring(8, 12)
                + "-"
                + h.substring(12, 16)
                + "-"
                + h.substring(16, 20)
                + "-"
                + h.substring(20)));
  }

  /**
   * What a payout callback's status means (Cregis: 2 signing rejected, 4 approval rejected, 6
   * succeeded, 7 failed); empty for any other, which is not an end.
   */
  static Optional<PayoutOutcome> outcomeOf(int status, UUID payoutId, String cid, String txid) {
    return switch (status) {
      case 6 -> Optional.of(new PayoutOutcome(payoutId, NAME, cid, true, null));
      case 2 ->
          Optional.of(
              new PayoutOutcome(payoutId, NAME, cid, false, "Cregis: signing rejected (status 2)"));
      case 4 ->
          Optional.of(
              new PayoutOutcome(
                  payoutId, NAME, cid, false, "Cregis: approval rejected (status 4)"));
      case 7 ->
          Optional.of(
              new PayoutOutcome(
                  payoutId,
                  NAME,
                  cid,
                  false,
                  "Cregis: transaction failed (status 7"
                      + (txid == null ? ")" : ", " + txid + ")")));
      default -> Optional.empty();
    };
  }
}
