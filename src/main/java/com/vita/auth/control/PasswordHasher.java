package com.vita.auth.control;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.vita.platform.concurrency.Admission;
import com.vita.platform.problems.UnavailableProblem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * bcrypt password hashes, at most {@code auth.hash-concurrency} at once. bcrypt is the one thing an
 * anonymous request can make VITA spend a quarter of a core on, so a burst of registrations or
 * logins must neither take every core nor every request thread: a request waits up to {@code
 * auth.hash-wait-ms} for a slot, at most {@code auth.hash-queue} of them wait, and the rest get 503
 * with {@code Retry-After} at once. Callers hash before they open a transaction, so no pooled
 * connection is held while they wait or hash.
 *
 * <p>{@link #burnTime} verifies against a throw-away hash so that a login with an unknown e-mail
 * costs what a wrong password costs, and timing does not reveal which accounts exist.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject
  @ConfigProperty(name = "auth.bcrypt-cost", defaultValue = "12")
  int cost;

  @Inject
  @ConfigProperty(name = "auth.hash-concurrency")
  Optional<Integer> concurrency;

  @Inject
  @ConfigProperty(name = "auth.hash-queue")
  Optional<Integer> queue;

  @Inject
  @ConfigProperty(name = "auth.hash-wait-ms", defaultValue = "1000")
  long waitMillis;

  private String decoyHash;
  private Admission admission;

  public PasswordHasher() {}

  PasswordHasher(int cost, int concurrency, int queue, long waitMillis) {
    this.cost = cost;
    this.concurrency = Optional.of(concurrency);
    this.queue = Optional.of(queue);
    this.waitMillis = waitMillis;
    prepare();
  }

  @PostConstruct
  void prepare() {
    int slotCount = concurrency.orElse(Runtime.getRuntime().availableProcessors());
    if (slotCount < 1 || queue.orElse(0) < 0 || waitMillis < 0) {
      throw new IllegalArgumentException(
          "auth.hash-concurrency must be at least 1, auth.hash-queue and auth.hash-wait-ms at"
              + " least 0");
    }
    admission =
        new Admission("password checks", slotCount, queue.orElse(4 * slotCount), waitMillis);
    decoyHash = BCrypt.withDefaults().hashToString(cost, "no account has this".toCharArray());
  }

  /**
   * @throws UnavailableProblem 503 when too many hashes are running or waiting
   */
  public String hash(char[] password) {
    return bounded(() -> BCrypt.withDefaults().hashToString(cost, password));
  }

  /**
   * @throws UnavailableProblem 503 when too many hashes are running or waiting
   */
  public boolean matches(char[] password, String hash) {
    return bounded(
        () -> BCrypt.verifyer().verify(password, hash.getBytes(StandardCharsets.UTF_8)).verified);
  }

  public void burnTime(char[] password) {
    matches(password, decoyHash);
  }

  // Package-private for the test, which runs something slower than bcrypt under the bound.
  <T> T bounded(Supplier<T> bcrypt) {
    return admission.run(bcrypt);
  }
}
