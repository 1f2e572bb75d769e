import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Closed-loop load: each client sends its next request when the last one answered. */
final class BenchLoad {

  private BenchLoad() {}

  /** One client's request; true when it got the answer it wanted. */
  interface Client {
    boolean call() throws Exception;
  }

  record Result(String name, double p50, double p95, double p99, double perSecond, long requests,
      long errors) {
    void print(String unit) {
      System.out.printf(Locale.ROOT,
          "%-36s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  %7.0f %s  (%d requests, %d not as wanted)%n",
          name, p50, p95, p99, perSecond, unit, requests, errors);
    }
  }

  /** {@code clients} clients (made by clientOf from their number) for {@code seconds}. */
  static Result closedLoop(String name, int clients, int seconds, IntFunction<Client> clientOf)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Future<long[]>> runs = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Client client = clientOf.apply(c);
      runs.add(pool.submit(() -> {
        long[] latencies = new long[1 << 20];
        int n = 0;
        long errors = 0;
        while (System.nanoTime() < end && n < latencies.length) {
          long started = System.nanoTime();
          boolean ok = client.call();
          latencies[n++] = System.nanoTime() - started;
          if (!ok) {
            errors++;
          }
        }
        long[] out = Arrays.copyOf(latencies, n + 1);
        out[n] = errors;
        return out;
      }));
    }
    List<Long> all = new ArrayList<>();
    long errors = 0;
    for (Future<long[]> run : runs) {
      long[] r = run.get();
      for (int i = 0; i < r.length - 1; i++) {
        all.add(r[i]);
      }
      errors += r[r.length - 1];
    }
    pool.shutdown();
    return summary(name, all, seconds, errors);
  }

  static Result summary(String name, List<Long> nanos, double seconds, long errors) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(name, sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length / seconds, sorted.length, errors);
  }

  static void ratio(String what, Result vita, Result sql) {
    System.out.printf(Locale.ROOT,
        "%s: VITA/SQL p50 x%.1f, p95 x%.1f; throughput %.0f%% of the SQL's%n",
        what, vita.p50 / sql.p50, vita.p95 / sql.p95, 100 * vita.perSecond / sql.perSecond);
  }
}
