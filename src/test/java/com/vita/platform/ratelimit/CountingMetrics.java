package com.vita.platform.ratelimit;

import java.util.HashMap;
import java.util.Map;

/** The rate-limit metrics without a registry: what was counted, for assertions. */
class CountingMetrics extends RateLimitMetrics {

  final Map<String, Integer> exceeded = new HashMap<>();
  int storeErrors;

  @Override
  public void exceeded(String scope) {
    exceeded.merge(scope, 1, Integer::sum);
  }

  @Override
  public void storeError() {
    storeErrors++;
  }
}
