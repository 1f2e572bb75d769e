package com.vita.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The default limit on API requests: counted per user when the request is authenticated, per client
 * address otherwise. A user's budget follows them across addresses, and users behind one address
 * (an office NAT, a mobile carrier) do not share one.
 */
@ApplicationScoped
public class RequestLimiter {

  // Seed 000's names: RATE_LIMIT_MAX_REQUESTS and RATE_LIMIT_WINDOW_MS.
  @Inject
  @ConfigProperty(name = "rate-limit.max-requests", defaultValue = "100")
  int limit;

  @Inject
  @ConfigProperty(name = "rate-limit.window-ms", defaultValue = "900000")
  long windowMillis;

  @Inject RateLimitCounter counter;
  @Inject RateLimitMetrics metrics;

  public RequestLimiter() {}

  RequestLimiter(
      RateLimitCounter counter, RateLimitMetrics metrics, int limit, long windowSeconds) {
    this.counter = counter;
    this.metrics = metrics;
    this.limit = limit;
    this.windowMillis = windowSeconds * 1000;
  }

  /** What the client is told about its budget; refused once the count passes the limit. */
  public record Verdict(int limit, long remaining, long resetSeconds, boolean allowed) {}

  /**
   * Counts the request; empty when the store failed and the request goes through uncounted.
   *
   * @param user the authenticated caller, or null
   * @param client the client address from {@link ClientAddresses#clientOf}
   */
  public Optional<Verdict> count(Principal user, String client) {
    String scope = user == null ? "ip" : "user";
    String key = user == null ? "ip:" + client : "user:" + user.getName();
    return counter
        .hit(key, Duration.ofMillis(windowMillis))
        .map(
            window -> {
              boolean allowed = window.count() <= limit;
              if (!allowed) {
                metrics.exceeded(scope);
              }
              return new Verdict(
                  limit, Math.max(0, limit - window.count()), window.secondsToReset(), allowed);
            });
  }
}
