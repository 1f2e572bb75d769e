import at.favre.lib.crypto.bcrypt.BCrypt;
import com.vita.devstack.DatabaseSettings;
import com.vita.devstack.EmbeddedPostgres;
import com.vita.devstack.FreePort;
import com.vita.devstack.LocalSigningKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finding 3 of the hardening issue as a benchmark (bench/registration-burst.sh runs it): VITA's
 * WAR on Payara Micro with the official image's JVM flags, production settings but for two
 * (127.0.0.1 trusted as a proxy, so each registration can come from an address of its own, and a
 * request limit the reader cannot reach), an embedded PostgreSQL of its own and the pool of
 * server-config/post-boot-commands.asadmin at its defaults (2-10).
 *
 * <p>Idle: the reader ({@code GET /api/v1/kyb/businesses} with its token, one at a time) alone.
 * Then an unmeasured warm-up burst and the measured ones: 200 registrations sent at once, each on its own connection, while the reader
 * goes on. Beside VITA, in the same JVM before the server starts: how many bcrypt hashes per second
 * at cost 12 this machine does with one thread per core, the most registrations per second any
 * server could serve here.
 */
public final class RegistrationBurst {

  static final int BURST = 200;
  static final String PASSWORD = "Correct-h0rse";

  public static void main(String[] args) throws Exception {
    int bursts = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    boolean distinct = !(args.length > 1 && args[1].equals("one"));
    Path war = Path.of(System.getenv().getOrDefault("BENCH_WAR", "target/vita.war")).toAbsolutePath();
    int cores = Runtime.getRuntime().availableProcessors();
    double hashesPerSecond = bcryptPerSecond(cores);
    System.out.printf(
        Locale.ROOT,
        "WAR %s; %d bursts of %d registrations (%s addresses); JVM flags: %s%n"
            + "bcrypt alone, cost 12, %d threads: %.1f hashes/s%n",
        war,
        bursts,
        BURST,
        distinct ? "distinct" : "one",
        String.join(" ", BenchVita.PRODUCTION_FLAGS),
        cores,
        hashesPerSecond);

    boolean pass;
    Map<String, String> environment = new HashMap<>();
    environment.put("RATELIMIT_TRUSTED_PROXIES", "127.0.0.1");
    environment.put("RATE_LIMIT_MAX_REQUESTS", "1000000"); // the reader's, see above
    environment.put("RATELIMIT_SENSITIVE_LIMIT", null); // the limit under test stays the WAR's
    try (BenchVita vita = BenchVita.start("registration-burst", war, 10, environment)) {
      pass = run(vita.base, bursts, distinct, hashesPerSecond);
    }
    System.exit(pass ? 0 : 1); // after the server and PostgreSQL are stopped
  }

  /** True when only 201, 429 and 503 with Retry-After came back and the reader's p95 < 1 s. */
  static boolean run(URI base, int bursts, boolean distinct, double hashesPerSecond)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // an h2c upgrade would queue requests behind it
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newCachedThreadPool())
            .build();
    HttpResponse<String> registered = http.send(register(base, "127.0.0.1"), ofString());
    Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(registered.body());
    if (registered.statusCode() != 201 || !token.find()) {
      throw new IllegalStateException("reader not registered: " + registered.statusCode());
    }
    HttpRequest read =
        HttpRequest.newBuilder(base.resolve("/api/v1/kyb/businesses"))
            .header("Authorization", "Bearer " + token.group(1))
            .timeout(Duration.ofSeconds(60))
            .build();
    for (int i = 0; i < 20; i++) { // warm-up
      http.send(read, ofString());
    }
    List<Long> idle = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      long started = System.nanoTime();
      http.send(read, ofString());
      idle.add((System.nanoTime() - started) / 1_000_000);
      Thread.sleep(20);
    }

    List<Long> during = Collections.synchronizedList(new ArrayList<>());
    Map<String, Integer> readStatuses = Collections.synchronizedMap(new TreeMap<>());
    Map<String, Integer> total = new TreeMap<>();
    long created = 0;
    double busySeconds = 0;
    int clientNumber = 0;
    // Burst 0 warms the registration path up (a server in production has compiled it long ago):
    // its statuses count, its reader latency is shown but not in the figures.
    for (int burst = 0; burst <= bursts; burst++) {
      List<Long> thisBurst = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean bursting = new AtomicBoolean(true);
      ExecutorService readerThread = Executors.newSingleThreadExecutor();
      CompletableFuture<Void> reader =
          CompletableFuture.runAsync(
              () -> {
                while (bursting.get()) {
                  long started = System.nanoTime();
                  String status;
                  try {
                    status = Integer.toString(http.send(read, ofString()).statusCode());
                  } catch (Exception e) {
                    status = e.getClass().getSimpleName();
                  }
                  thisBurst.add((System.nanoTime() - started) / 1_000_000);
                  readStatuses.merge(status, 1, Integer::sum);
                  sleep(20);
                }
              },
              readerThread);
      long started = System.nanoTime();
      List<CompletableFuture<String>> answers = new ArrayList<>();
      for (int i = 0; i < BURST; i++) {
        String client = distinct ? address(++clientNumber) : "127.0.0.1";
        answers.add(
            http.sendAsync(register(base, client), ofString())
                .handle((response, failure) -> describe(response, failure)));
      }
      Map<String, Integer> counts = new TreeMap<>();
      for (CompletableFuture<String> answer : answers) {
        counts.merge(answer.get(), 1, Integer::sum);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      bursting.set(false);
      reader.get();
      readerThread.shutdown();
      int ok = counts.getOrDefault("201", 0);
      if (burst > 0) {
        created += ok;
        busySeconds += seconds;
        during.addAll(thisBurst);
      }
      counts.forEach((status, n) -> total.merge(status, n, Integer::sum));
      System.out.printf(
          Locale.ROOT,
          "burst %s: %s in %.2f s (%.1f created/s); reader p95 %d ms, max %d ms (%d reads)%n",
          burst == 0 ? "0 (warm-up)" : Integer.toString(burst),
          counts,
          seconds,
          ok / seconds,
          BenchHttp.percentile(thisBurst, 95),
          BenchHttp.percentile(thisBurst, 100),
          thisBurst.size());
      Thread.sleep(3000);
    }
    System.out.println("all bursts: " + total + "; reader statuses: " + readStatuses);
    double rate = created / busySeconds;
    System.out.printf(
        Locale.ROOT,
        "registrations created: %.1f/s during the bursts = x%.2f of bcrypt alone (%.1f/s)%n",
        rate,
        rate / hashesPerSecond,
        hashesPerSecond);
    System.out.printf(
        Locale.ROOT,
        "reader idle:  p50 %d ms, p95 %d ms, max %d ms (%d reads)%n",
        BenchHttp.percentile(idle, 50),
        BenchHttp.percentile(idle, 95),
        BenchHttp.percentile(idle, 100),
        idle.size());
    System.out.printf(
        Locale.ROOT,
        "reader burst: p50 %d ms, p95 %d ms, max %d ms (%d reads); p95 x%.1f of idle%n",
        BenchHttp.percentile(during, 50),
        BenchHttp.percentile(during, 95),
        BenchHttp.percentile(during, 100),
        during.size(),
        (double) BenchHttp.percentile(during, 95) / Math.max(1, BenchHttp.percentile(idle, 95)));
    boolean pass =
        total.keySet().stream().allMatch(s -> s.equals("201") || s.equals("429") || s.equals("503 Retry-After"))
            && BenchHttp.percentile(during, 95) < 1000
            && readStatuses.keySet().equals(java.util.Set.of("200"));
    System.out.println(pass ? "PASS: only 201, 429 or 503 with Retry-After; reader p95 < 1 s" : "FAIL");
    return pass;
  }

  /** "201", "429", "503 Retry-After", "503" (without it), "500", or the client's exception. */
  static String describe(HttpResponse<String> response, Throwable failure) {
    if (failure != null) {
      Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
      return cause.getClass().getSimpleName();
    }
    int status = response.statusCode();
    boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
    return status == 503 && retryAfter ? "503 Retry-After" : Integer.toString(status);
  }

  /** 100.64.0.0/10, shared address space: written into X-Forwarded-For, never sent to. */
  static String address(int n) {
    return "100." + (64 + (n >> 16) % 64) + "." + ((n >> 8) & 255) + "." + (n & 255);
  }

  static HttpRequest register(URI base, String client) {
    String body =
        "{\"email\":\"burst-" + UUID.randomUUID() + "@example.com\",\"password\":\"" + PASSWORD
            + "\",\"name\":\"Burst\"}";
    return HttpRequest.newBuilder(base.resolve("/api/v1/auth/register"))
        .header("Content-Type", "application/json")
        .header("X-Forwarded-For", client)
        .timeout(Duration.ofSeconds(120))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Hashes per second at cost 12 with one thread per core, for two seconds after a warm-up. */
  static double bcryptPerSecond(int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int i = 0; i < threads; i++) {
        pool.submit(() -> BCrypt.withDefaults().hashToString(12, PASSWORD.toCharArray())).get();
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      long started = System.nanoTime();
      List<java.util.concurrent.Future<Integer>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(
            pool.submit(
                () -> {
                  int n = 0;
                  while (System.nanoTime() < deadline) {
                    BCrypt.withDefaults().hashToString(12, PASSWORD.toCharArray());
                    n++;
                  }
                  return n;
                }));
      }
      int hashes = 0;
      for (var worker : workers) {
        hashes += worker.get();
      }
      return hashes / ((System.nanoTime() - started) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}
