package com.vita.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@code rate_limit_exceeded_total{scope}} (ip, user, sensitive) and {@code
 * rate_limit_store_errors_total}: requests let through uncounted because Redis failed.
 */
@ApplicationScoped
public class RateLimitMetrics {

  private static final Metadata EXCEEDED =
      Metadata.builder()
          .withName("rate_limit_exceeded")
          .withDescription("Requests refused by a rate limit")
          .build();
  private static final Metadata STORE_ERRORS =
      Metadata.builder()
          .withName("rate_limit_store_errors")
          .withDescription("Rate-limit checks let through because the store failed")
          .build();

  @Inject MetricRegistry registry;

  public void exceeded(String scope) {
    registry.counter(EXCEEDED, new Tag("scope", scope)).inc();
  }

  public void storeError() {
    registry.counter(STORE_ERRORS).inc();
  }
}
