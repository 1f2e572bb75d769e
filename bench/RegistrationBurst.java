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

  static final List<String> PRODUCTION_FLAGS =
      List.of(
          "-XX:MaxRAMPercentage=70.0",
          "-Xss512k",
          "-XX:+UseContainerSupport",
          "-Duser.timezone=UTC",
          "-Dfile.encoding=UTF-8");
  static final int BURST = 200;
  static final String PASSWORD = "Correct-h0rse";

  public static void main(String[] args) throws Exception {
    int bursts = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    boolean distinct = !(args.length > 1 && args[1].equals("one"));
    Path root = Path.of("target/bench").toAbsolutePath();
    Path payara = Path.of("target/payara").toAbsolutePath();
    Path config = Path.of("server-config").toAbsolutePath();
    Path war = Path.of(System.getenv().getOrDefault("BENCH_WAR", "target/vita.war")).toAbsolutePath();
    Files.createDirectories(root.resolve("logs"));
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
        String.join(" ", PRODUCTION_FLAGS),
        cores,
        hashesPerSecond);

    boolean pass = false;
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.start(root.resolve("burst-postgres"), 0)) {
      DatabaseSettings database =
          DatabaseSettings.fromUrl(postgres.jdbcUrl(), postgres.user(), postgres.password());
      int port = FreePort.find();
      Process server = startServer(war, payara, config, database, root, port);
      try {
        URI base = URI.create("http://127.0.0.1:" + port);
        awaitReady(base, server);
        pass = run(base, bursts, distinct, hashesPerSecond);
      } finally {
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
          server.destroyForcibly().waitFor();
        }
      }
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
          percentile(thisBurst, 95),
          percentile(thisBurst, 100),
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
        percentile(idle, 50),
        percentile(idle, 95),
        percentile(idle, 100),
        idle.size());
    System.out.printf(
        Locale.ROOT,
        "reader burst: p50 %d ms, p95 %d ms, max %d ms (%d reads); p95 x%.1f of idle%n",
        percentile(during, 50),
        percentile(during, 95),
        percentile(during, 100),
        during.size(),
        (double) percentile(during, 95) / Math.max(1, percentile(idle, 95)));
    boolean pass =
        total.keySet().stream().allMatch(s -> s.equals("201") || s.equals("429") || s.equals("503 Retry-After"))
            && percentile(during, 95) < 1000
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

  static Process startServer(
      Path war, Path payara, Path config, DatabaseSettings database, Path root, int port)
      throws IOException {
    String commands =
        Files.readString(config.resolve("post-boot-commands.asadmin"), StandardCharsets.UTF_8)
            .replace("${DB_POOL_MIN}", "2")
            .replace("${DB_POOL_MAX}", "10")
            .replace("${DB_PROPERTIES}", database.asadminProperties());
    Path postBoot = root.resolve("burst-post-boot-commands.asadmin");
    Files.writeString(postBoot, commands, StandardCharsets.UTF_8);
    Path unpack = root.resolve("runtime").resolve("burst");
    deleteTree(unpack);
    Files.createDirectories(unpack);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(PRODUCTION_FLAGS);
    command.addAll(
        List.of(
            "-jar", payara.resolve("payara-micro.jar").toString(),
            "--deploy", war.toString(),
            "--contextroot", "/",
            "--nohazelcast",
            "--disablephonehome",
            "--addlibs", payara.resolve("lib/postgresql.jar").toString(),
            "--prebootcommandfile", config.resolve("pre-boot-commands.asadmin").toString(),
            "--postbootcommandfile", postBoot.toString(),
            "--logproperties", config.resolve("logging.properties").toString(),
            "--port", Integer.toString(port),
            "--unpackdir", unpack.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(LocalSigningKey.environment(root.resolve("keys")));
    builder.environment().put("STORAGE_LOCAL_ROOT", root.resolve("storage").toString());
    builder.environment().put("RATELIMIT_TRUSTED_PROXIES", "127.0.0.1");
    builder.environment().put("RATE_LIMIT_MAX_REQUESTS", "1000000"); // the reader's, see above
    builder.environment().remove("REDIS_URL");
    builder.environment().remove("DATABASE_URL");
    builder.redirectErrorStream(true);
    builder.redirectOutput(root.resolve("logs").resolve("registration-burst.log").toFile());
    return builder.start();
  }

  static void awaitReady(URI base, Process server) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("server exited: see target/bench/logs/registration-burst.log");
      }
      try {
        HttpRequest ready =
            HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build();
        if (http.send(ready, ofString()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("not ready within 6 minutes");
  }

  static long percentile(List<Long> millis, int percent) {
    List<Long> sorted;
    synchronized (millis) {
      sorted = millis.stream().sorted().toList();
    }
    if (sorted.isEmpty()) {
      return -1;
    }
    int index = (int) Math.ceil(sorted.size() * percent / 100.0) - 1;
    return sorted.get(Math.max(0, index));
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

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path each : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(each);
      }
    }
  }
}
