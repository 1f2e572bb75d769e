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

  @Inject
  @ConfigProperty(name = "ratelimit.default.limit", defaultValue = "100")
  int limit;

  @Inject
  @ConfigProperty(name = "ratelimit.default.window-seconds", defaultValue = "900")
  long windowSeconds;

  @Inject RateLimitCounter counter;
  @Inject RateLimitMetrics metrics;

  public RequestLimiter() {}

  RequestLimiter(
      RateLimitCounter counter, RateLimitMetrics metrics, int limit, long windowSeconds) {
    this.counter = counter;
    this.metrics = metrics;
    this.limit = limit;
    this.windowSeconds = windowSeconds;
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
        .hit(key, Duration.ofSeconds(windowSeconds))
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
