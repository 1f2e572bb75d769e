package com.vita.payments.control;

import com.vita.platform.production.LocalFallback;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Works off the verification queue: each due declaration is claimed ({@link BankTransferQueue}),
 * looked up at the bank outside any transaction, and its verdict ({@link BankVerdicts}) applied
 * ({@link BankTransferOutcomes}). A run stops when the rate limit holds a call back (the rest is
 * the next run's) or the bank's circuit is open.
 */
@ApplicationScoped
public class BankVerifications {

  private static final System.Logger LOG = System.getLogger(BankVerifications.class.getName());

  @Inject BankTransferQueue queue;
  @Inject BankTransferOutcomes outcomes;
  @Inject BanescoStatements bank;
  @Inject BankSandboxStatements sandbox;

  @Inject
  @ConfigProperty(name = "banesco.account")
  Optional<String> account;

  private BankVerdicts verdicts;

  @PostConstruct
  void init() {
    verdicts = new BankVerdicts(LocalFallback.isUnset(account) ? null : account.get().strip());
  }

  /** What one run did. */
  public record Run(int checked, int verified, int refused, int waiting, int deferred) {}

  public Run runDue(Instant now, int max) {
    int checked = 0;
    int verified = 0;
    int refused = 0;
    int waiting = 0;
    int deferred = 0;
    while (checked + deferred < max) {
      Optional<BankTransferQueue.Claimed> next = queue.claimNext(now);
      if (next.isEmpty()) {
        break;
      }
      BankTransferQueue.Claimed claimed = next.get();
      Optional<BankTransaction> answer;
      try {
        answer = statementsOf(claimed.provider()).find(claimed.declared());
      } catch (BankRateLimited held) {
        outcomes.deferTo(claimed, now.plus(held.retryAfter()), now);
        deferred++;
        break;
      } catch (RuntimeException e) {
        // Unavailable, refused, the circuit open, or Redis failing under the limit or the token:
        // never a verdict on the transfer, which waits for a later lookup.
        LOG.log(
            System.Logger.Level.WARNING,
            "Bank lookup of transfer {0} failed ({1}); asked again later",
            claimed.transferId(),
            e.toString());
        outcomes.backOff(claimed, now);
        deferred++;
        if (e instanceof FaultToleranceException) {
          break; // the circuit is open or the bank too slow: leave it alone this run
        }
        continue;
      }
      checked++;
      switch (outcomes.apply(claimed, verdicts.on(claimed.declared(), answer), now)) {
        case CONFIRMED -> verified++;
        case REFUTED -> refused++;
        case NOT_YET -> waiting++;
      }
    }
    return new Run(checked, verified, refused, waiting, deferred);
  }

  private BankStatements statementsOf(String provider) {
    return BankTransferGateway.SANDBOX_PROVIDER.equals(provider) ? sandbox : bank;
  }
}
