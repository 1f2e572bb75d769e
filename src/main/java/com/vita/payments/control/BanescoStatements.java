package com.vita.payments.control;

import com.vita.payments.entity.BankTransfer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bank's answer about a declared transfer, waiting for the rate limit when it holds the call
 * back, up to {@code banesco.rate-limit-max-wait} in all (0, the default: no wait, the call is
 * deferred to the queue's next run). The wait is outside the Fault Tolerance of {@link
 * BanescoClient}, so its timeout times the call, not the wait.
 */
@ApplicationScoped
public class BanescoStatements implements BankStatements {

  /** Waits, in production by sleeping; tests move a controlled clock instead. */
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  @Inject BanescoClient client;

  @Inject
  @ConfigProperty(name = "banesco.rate-limit-max-wait", defaultValue = "PT0S")
  Duration maxWait;

  Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());

  @Override
  public Optional<BankTransaction> find(BankTransfer.Declaration declared) {
    Duration waited = Duration.ZERO;
    while (true) {
      try {
        return client.lookup(declared.reference());
      } catch (BankRateLimited held) {
        Duration wait = held.retryAfter();
        if (waited.plus(wait).compareTo(maxWait) > 0) {
          throw held;
        }
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw held;
        }
        waited = waited.plus(wait);
      }
    }
  }
}
