package com.vita.platform.cache;

import com.vita.platform.production.LocalFallback;
import com.vita.platform.production.MissingSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Without {@code REDIS_URL}, what instances must share is kept in each one's memory. */
@ApplicationScoped
public class InProcessStateFallback implements LocalFallback {

  @Inject RedisConnection redis;

  @Override
  public String name() {
    return "in-process state instead of Redis";
  }

  @Override
  public List<MissingSetting> missingSettings() {
    if (redis.client().isPresent()) {
      return List.of();
    }
    return List.of(
        new MissingSetting(
            "REDIS_URL",
            "the rate limits and failure counts are kept per instance: every limit is"
                + " multiplied by the number of instances"));
  }
}
