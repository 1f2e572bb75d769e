package com.vita.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.junit.jupiter.api.Test;

class TimerInstancesTest {

  private final AtomicInteger built = new AtomicInteger();

  @Test
  void eachSeriesIsBuiltOnceAndKept() throws Exception {
    MetricRegistry registry = registryCountingTimers();
    TimerInstances timers = new TimerInstances();
    Metadata metadata = Metadata.builder().withName("t").build();
    Thread[] threads = new Thread[8];
    Timer[] seen = new Timer[8];
    for (int i = 0; i < threads.length; i++) {
      int n = i;
      threads[i] = new Thread(() -> seen[n] = timers.of(registry, metadata, new Tag("a", "1")));
      threads[i].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    for (Timer timer : seen) {
      assertSame(seen[0], timer);
    }
    timers.of(registry, metadata, new Tag("a", "2"));
    assertEquals(2, built.get());
  }

  private MetricRegistry registryCountingTimers() {
    return (MetricRegistry)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {MetricRegistry.class},
            (proxy, method, args) -> {
              if (method.getName().equals("hashCode")) {
                return System.identityHashCode(proxy);
              }
              if (method.getName().equals("equals")) {
                return proxy == args[0];
              }
              if (method.getName().equals("timer")) {
                built.incrementAndGet();
                return Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {Timer.class}, (p, m, a) -> null);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
