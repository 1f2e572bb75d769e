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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A store of 100,000 products: its public page and its product list (walked by keyset cursor)
 * under 20 concurrent clients, against the WAR on Payara Micro with production JVM flags, beside the
 * same SQL (store lookup, product page, images of the page) through pgbench in the same run, on the
 * same database. Prints p50/p95 and throughput of each and the ratio VITA / SQL.
 * Usage (from bench/store-page.sh): products clients seconds
 */
public class StorePage {

  static final List<String> PRODUCTION_FLAGS =
      List.of(
          "-XX:MaxRAMPercentage=70.0",
          "-Xss512k",
          "-XX:+UseContainerSupport",
          "-Duser.timezone=UTC",
          "-Dfile.encoding=UTF-8");

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) throws Exception {
    int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    Path root = Path.of("target/bench/store-page").toAbsolutePath();
    deleteTree(root.resolve("runtime"));
    Files.createDirectories(root.resolve("logs"));
    Path payara = Path.of("target/payara").toAbsolutePath();
    Path config = Path.of("server-config").toAbsolutePath();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start(root.resolve("postgres"), 0)) {
      DatabaseSettings database =
          DatabaseSettings.fromUrl(postgres.jdbcUrl(), postgres.user(), postgres.password());
      Path postBoot = root.resolve("post-boot-commands.asadmin");
      Files.writeString(
          postBoot,
          Files.readString(config.resolve("post-boot-commands.asadmin"))
              .replace("${DB_POOL_MIN}", "2")
              .replace("${DB_POOL_MAX}", "30")
              .replace("${DB_PROPERTIES}", database.asadminProperties()));
      int port = FreePort.find();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(PRODUCTION_FLAGS);
      command.addAll(
          List.of(
              "-jar", payara.resolve("payara-micro.jar").toString(),
              "--deploy", Path.of("target/vita.war").toAbsolutePath().toString(),
              "--contextroot", "/",
              "--nohazelcast", "--disablephonehome",
              "--addlibs", payara.resolve("lib/postgresql.jar").toString(),
              "--prebootcommandfile", config.resolve("pre-boot-commands.asadmin").toString(),
              "--postbootcommandfile", postBoot.toString(),
              "--logproperties", config.resolve("logging.properties").toString(),
              "--port", Integer.toString(port),
              "--unpackdir", root.resolve("runtime").toString()));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(LocalSigningKey.environment(root.resolve("keys")));
      builder.environment().put("STORAGE_LOCAL_ROOT", root.resolve("storage").toString());
      // The bench is one client address: the per-client limit would turn it into a 429 test.
      builder.environment().put("RATE_LIMIT_MAX_REQUESTS", "1000000000");
      builder.redirectErrorStream(true);
      builder.redirectOutput(root.resolve("logs/vita.log").toFile());
      Process vita = builder.start();
      try {
        String base = "http://127.0.0.1:" + port;
        waitReady(base, vita);
        String token = sellerToken(base);
        String storeId =
            field(
                post(base + "/api/v1/stores", token,
                    "{\"name\":\"Bench store\",\"category\":\"electronics\",\"country\":\"ES\"}"),
                "storeId");
        long loadStarted = System.nanoTime();
        load(postgres, UUID.fromString(storeId), products);
        System.out.printf(Locale.ROOT, "loaded %d products by SQL in %.1f s%n", products,
            (System.nanoTime() - loadStarted) / 1e9);
        String page = base + "/api/v1/stores/" + storeId + "/public?limit=20";
        String list = base + "/api/v1/products?storeId=" + storeId + "&limit=20";
        measure("warm-up", clients, 10, page, null, false);
        measure("warm-up", clients, 10, list, token, true);
        Result vitaPage = measure("VITA public store page", clients, seconds, page, null, false);
        Result vitaList =
            measure("VITA product list (keyset walk)", clients, seconds, list, token, true);
        Result sqlPage = pgbench(postgres, root, storeId, clients, seconds, false);
        Result sqlList = pgbench(postgres, root, storeId, clients, seconds, true);
        System.out.println();
        ratio("public store page", vitaPage, sqlPage);
        ratio("product list", vitaList, sqlList);
      } finally {
        vita.destroy();
        if (!vita.waitFor(30, TimeUnit.SECONDS)) {
          vita.destroyForcibly().waitFor();
        }
      }
    }
  }

  record Result(String name, double p50, double p95, double perSecond, long requests, long errors) {
    void print() {
      System.out.printf(Locale.ROOT, "%-34s p50 %6.2f ms  p95 %6.2f ms  %7.0f req/s  (%d requests, %d errors)%n",
          name, p50, p95, perSecond, requests, errors);
    }
  }

  static void ratio(String what, Result vita, Result sql) {
    System.out.printf(Locale.ROOT,
        "%s: VITA/SQL p50 x%.1f, p95 x%.1f; throughput %.0f%% of the SQL's%n",
        what, vita.p50 / sql.p50, vita.p95 / sql.p95, 100 * vita.perSecond / sql.perSecond);
  }

  /** 20 clients in a closed loop for the duration; a walking client follows nextCursor. */
  static Result measure(String name, int clients, int seconds, String url, String token, boolean walk)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Future<long[]>> runs = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      runs.add(pool.submit(() -> {
        long[] latencies = new long[1 << 20];
        int n = 0;
        long errors = 0;
        String cursor = null;
        while (System.nanoTime() < end && n < latencies.length) {
          String target = cursor == null ? url : url + "&cursor=" + cursor;
          HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).GET();
          if (token != null) {
            request.header("Authorization", "Bearer " + token);
          }
          long started = System.nanoTime();
          HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
          latencies[n++] = System.nanoTime() - started;
          if (response.statusCode() != 200) {
            errors++;
          } else if (walk) {
            cursor = nextCursor(response.body());
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
    Result result = summary(name, all, seconds, errors);
    if (!name.equals("warm-up")) {
      result.print();
    }
    return result;
  }

  static Result summary(String name, List<Long> nanos, double seconds, long errors) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(name, sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.95)] / 1e6, sorted.length / seconds, sorted.length, errors);
  }

  /**
   * The SQL VITA sends for one request (the store by id, one page of products on the keyset index,
   * the images of that page), as prepared statements through pgbench. The walk uses a cursor in the
   * middle of the catalogue, as VITA's walking clients reach deep pages.
   */
  static Result pgbench(EmbeddedPostgres postgres, Path root, String storeId, int clients, int seconds,
      boolean walk) throws Exception {
    String keyset = "";
    if (walk) {
      try (Connection c = connect(postgres); Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select created_at, id from product where store_id = '" + storeId
              + "' order by created_at desc, id desc offset 50000 limit 1")) {
        r.next();
        keyset = " and (created_at, id) < ('" + r.getString(1) + "', '" + r.getString(2) + "')";
      }
    }
    String script = String.join("\n",
        "select * from store where id = '" + storeId + "';",
        "select * from product where store_id = '" + storeId + "' and deleted_at is null"
            + (walk ? "" : " and status = 'active'") + keyset
            + " order by created_at desc, id desc limit 21;",
        "select * from product_image where product_id in (select id from product where store_id = '"
            + storeId + "' and deleted_at is null" + keyset
            + " order by created_at desc, id desc limit 20) order by created_at, id;",
        "");
    Path file = root.resolve(walk ? "list.sql" : "page.sql");
    Files.writeString(file, script);
    Matcher m = Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(postgres.jdbcUrl());
    m.find();
    Path logs = root.resolve("pgbench-" + (walk ? "list" : "page"));
    deleteTree(logs);
    Files.createDirectories(logs);
    List<String> command = List.of(pgbenchBinary(), "-n", "-M", "prepared", "-c", Integer.toString(clients),
        "-j", "2", "-T", Integer.toString(seconds), "-f", file.toString(), "-l", "--log-prefix",
        logs.resolve("tx").toString(), "-h", m.group(1), "-p", m.group(2), "-U", postgres.user(), m.group(3));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(root.resolve("logs/pgbench.log").toFile());
    builder.environment().put("PGPASSWORD", postgres.password() == null ? "" : postgres.password());
    if (builder.start().waitFor() != 0) {
      throw new IllegalStateException("pgbench failed: see " + root.resolve("logs/pgbench.log"));
    }
    List<Long> nanos = new ArrayList<>();
    try (var files = Files.list(logs)) {
      for (Path log : (Iterable<Path>) files::iterator) {
        for (String line : Files.readAllLines(log)) {
          nanos.add(Long.parseLong(line.split(" ")[2]) * 1000);
        }
      }
    }
    Result result = summary("SQL " + (walk ? "product list" : "store page") + " (pgbench)", nanos,
        seconds, 0);
    result.print();
    return result;
  }

  static String pgbenchBinary() {
    for (String candidate : List.of("/usr/bin/pgbench", "/usr/lib/postgresql/17/bin/pgbench",
        "/usr/lib/postgresql/16/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    return "pgbench";
  }

  /** The products, by SQL: created a second apart, every tenth a draft, each with its movement. */
  static void load(EmbeddedPostgres postgres, UUID storeId, int products) throws Exception {
    try (Connection c = connect(postgres); Statement s = c.createStatement()) {
      s.execute("insert into product (id, store_id, sku, name, description, category, price_minor,"
          + " currency, stock, weight_grams, status, created_at, updated_at, version)"
          + " select gen_random_uuid(), '" + storeId + "', 'BENCH' || i, 'Producto de prueba ' || i,"
          + " 'Descripción del producto ' || i, case when i % 7 = 0 then 'audio' else 'electronics' end,"
          + " 1000 + i, 'EUR', 1 + i % 50, 500, case when i % 10 = 0 then 'draft' else 'active' end,"
          + " now() - make_interval(secs => i), now(), 0 from generate_series(1, " + products + ") i");
      s.execute("insert into stock_movement (id, product_id, delta, stock_after, reason, created_at)"
          + " select gen_random_uuid(), id, stock, stock, 'import', created_at from product"
          + " where store_id = '" + storeId + "'");
      s.execute("analyze product");
      s.execute("analyze stock_movement");
    }
  }

  static Connection connect(EmbeddedPostgres postgres) throws Exception {
    Properties p = new Properties();
    p.setProperty("user", postgres.user());
    if (postgres.password() != null) {
      p.setProperty("password", postgres.password());
    }
    return DriverManager.getConnection(postgres.jdbcUrl(), p);
  }

  static String sellerToken(String base) throws Exception {
    String email = "bench-" + UUID.randomUUID() + "@example.com";
    String body = "{\"email\":\"" + email + "\",\"password\":\"Correct-h0rse\",\"firstName\":\"Bench\",\"lastName\":\"Seller\"}";
    String token = field(post(base + "/api/v1/auth/register", null, body), "token");
    post(base + "/api/v1/auth/seller", token, "");
    return field(post(base + "/api/v1/auth/login", null,
        "{\"email\":\"" + email + "\",\"password\":\"Correct-h0rse\"}"), "token");
  }

  static String post(String url, String token, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (!json.isEmpty()) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("No " + name + " in " + json);
    }
    return m.group(1);
  }

  static String nextCursor(String json) {
    Matcher m = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  static void waitReady(String base, Process vita) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (!vita.isAlive()) {
        throw new IllegalStateException("VITA exited: see target/bench/store-page/logs/vita.log");
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("VITA not ready within 4 minutes");
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
