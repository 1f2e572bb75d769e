package com.vita.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Cregis' payout callback, verified, applied once per payout ({@code cid}): its status becomes a
 * {@link PayoutOutcome} fired in this transaction, so the payouts code applies it if and only if
 * the callback is recorded.
 */
@ApplicationScoped
public class CregisPayoutCallbacks {

  private static final System.Logger LOG = System.getLogger(CregisPayoutCallbacks.class.getName());

  @Inject CregisCallbacks callbacks;
  @Inject ProviderWebhooks webhooks;
  @Inject Event<PayoutOutcome> outcomes;

  /** {@code settled}, {@code failed}, {@code unhandled}, {@code unknown_payout} or a duplicate. */
  @Transactional(Transactional.TxType.REQUIRED)
  public String receive(CregisCallback callback) {
    callbacks.claimNonce(callback);
    String cid = callback.text("cid");
    int status = callback.status();
    String event = "payout:" + cid + ":" + status;
    if (!webhooks.firstTime(CregisGateway.PROVIDER, event, "payout.status_" + status, cid)) {
      return "duplicate";
    }
    Optional<UUID> payoutId = CregisPayoutRail.payoutIdOf(callback.optional("third_party_id"));
    String result;
    if (payoutId.isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, "Cregis payout {0} names no payout of VITA's", cid);
      result = "unknown_payout";
    } else {
      Optional<PayoutOutcome> outcome =
          CregisPayoutRail.outcomeOf(status, payoutId.get(), cid, callback.optional("txid"));
      outcome.ifPresent(outcomes::fire);
      result = outcome.map(o -> o.settled() ? "settled" : "failed").orElse("unhandled");
    }
    webhooks.recordOutcome(CregisGateway.PROVIDER, event, result);
    return result;
  }
}
