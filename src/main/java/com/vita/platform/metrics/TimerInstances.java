package com.vita.platform.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Timers created one at a time and kept. Payara's {@code TimerImpl} reads the bucket and percentile
 * configuration while it is built, and two requests building the first timer of a series at once
 * can throw {@code ConcurrentModificationException} (a 500 after the work was done). The series are
 * bounded (closed label sets), so the map is too.
 */
public final class TimerInstances {

  private final Map<List<Object>, Timer> timers = new ConcurrentHashMap<>();

  /** The timer of this series in the registry, built under a lock the first time only. */
  public Timer of(MetricRegistry registry, Metadata metadata, Tag... tags) {
    List<Object> key = List.of(registry, metadata.getName(), List.of(tags));
    Timer timer = timers.get(key);
    if (timer != null) {
      return timer;
    }
    synchronized (this) {
      return timers.computeIfAbsent(key, k -> registry.timer(metadata, tags));
    }
  }
}
