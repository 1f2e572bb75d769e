import com.vita.devstack.DatabaseSettings;
import com.vita.devstack.EmbeddedPostgres;
import com.vita.devstack.FreePort;
import com.vita.devstack.LocalSigningKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checkouts of one unit under concurrent buyers, each with a fresh Idempotency-Key: on one hot
 * product (every checkout updates the same row, so they queue on its lock) and on many products (a
 * random one of 1,000), against the WAR on Payara Micro with production JVM flags, beside the same
 * SQL through pgbench in the same run on the same database (the offer, store, method and tax reads,
 * the key's advisory lock and lookup, the stock update with its movement, the order with its line,
 * history row and outbox event, the kept response). Prints checkouts/s and p50/p95 of each and the
 * ratio VITA / SQL. Usage (from bench/checkout.sh): clients seconds
 */
public class Checkout {

  static final List<String> PRODUCTION_FLAGS =
      List.of(
          "-XX:MaxRAMPercentage=70.0",
          "-Xss512k",
          "-XX:+UseContainerSupport",
          "-Duser.timezone=UTC",
          "-Dfile.encoding=UTF-8");

  static final int MANY = 1_000;

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Shop(String storeId, String sellerId, String buyerId, long methodId, String hot,
      List<String> many) {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Path root = Path.of("target/bench/checkout").toAbsolutePath();
    deleteTree(root.resolve("runtime"));
    deleteTree(root.resolve("postgres"));
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
      // One client address: the per-client limit would turn the bench into a 429 test.
      builder.environment().put("RATE_LIMIT_MAX_REQUESTS", "1000000000");
      builder.redirectErrorStream(true);
      builder.redirectOutput(root.resolve("logs/vita.log").toFile());
      Process vita = builder.start();
      try {
        String base = "http://127.0.0.1:" + port;
        waitReady(base, vita);
        String seller = register(base);
        post(base + "/api/v1/auth/seller", seller, "");
        seller = login(base, emailOf(seller));
        String storeId = field(post(base + "/api/v1/stores", seller,
            "{\"name\":\"Bench store\",\"category\":\"electronics\",\"country\":\"CL\"}"), "storeId");
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
          buyers.add(register(base));
        }
        Shop shop = load(postgres, storeId, subject(seller), subject(buyers.get(0)));
        measure("warm-up", clients, 10, base, buyers, shop, false);
        measure("warm-up", clients, 10, base, buyers, shop, true);
        Result vitaHot = measure("VITA checkout, one hot product", clients, seconds, base, buyers, shop, false);
        Result vitaMany = measure("VITA checkout, 1,000 products", clients, seconds, base, buyers, shop, true);
        Result sqlHot = pgbench(postgres, root, shop, clients, seconds, false);
        Result sqlMany = pgbench(postgres, root, shop, clients, seconds, true);
        System.out.println();
        ratio("hot product", vitaHot, sqlHot);
        ratio("many products", vitaMany, sqlMany);
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
      System.out.printf(Locale.ROOT,
          "%-36s p50 %6.2f ms  p95 %6.2f ms  %7.0f checkouts/s  (%d, %d not 201)%n",
          name, p50, p95, perSecond, requests, errors);
    }
  }

  static void ratio(String what, Result vita, Result sql) {
    System.out.printf(Locale.ROOT,
        "%s: VITA/SQL p50 x%.1f, p95 x%.1f; throughput %.0f%% of the SQL's%n",
        what, vita.p50 / sql.p50, vita.p95 / sql.p95, 100 * vita.perSecond / sql.perSecond);
  }

  static String cart(Shop shop, String productId) {
    return "{\"items\":[{\"productId\":\"" + productId + "\",\"quantity\":1}],"
        + "\"shippingAddress\":{\"name\":\"Ana Rojas\",\"line1\":\"Avenida 1\",\"city\":\"Santiago\","
        + "\"region\":\"RM\",\"country\":\"CL\"},"
        + "\"shipping\":[{\"storeId\":\"" + shop.storeId() + "\",\"methodId\":" + shop.methodId() + "}]}";
  }

  /** Each client a buyer of its own, in a closed loop for the duration. */
  static Result measure(String name, int clients, int seconds, String base, List<String> buyers,
      Shop shop, boolean many) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Future<long[]>> runs = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String token = buyers.get(c);
      runs.add(pool.submit(() -> {
        long[] latencies = new long[1 << 20];
        int n = 0;
        long errors = 0;
        while (System.nanoTime() < end && n < latencies.length) {
          String product = many
              ? shop.many().get(ThreadLocalRandom.current().nextInt(shop.many().size()))
              : shop.hot();
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/orders"))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", UUID.randomUUID().toString())
              .POST(HttpRequest.BodyPublishers.ofString(cart(shop, product)))
              .build();
          long started = System.nanoTime();
          HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
          latencies[n++] = System.nanoTime() - started;
          if (response.statusCode() != 201) {
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
   * One checkout's statements as one pgbench transaction, prepared: what VITA reads and writes for
   * a one-line cart, without Java in between.
   */
  static Result pgbench(EmbeddedPostgres postgres, Path root, Shop shop, int clients, int seconds,
      boolean many) throws Exception {
    String product = many
        ? "(select id from bench_product where i = :i)"
        : "'" + shop.hot() + "'::uuid";
    String response = "{\"checkoutId\":\"x\",\"orders\":[" + "x".repeat(1500) + "]}";
    String script = String.join("\n",
        "\\set i random(1, " + MANY + ")",
        "BEGIN;",
        "select * from product where id = " + product + ";",
        "select * from store where id = '" + shop.storeId() + "';",
        "select * from shipping_method where id = " + shop.methodId() + ";",
        "select rate from tax_rate where country = 'CL';",
        "select pg_try_advisory_xact_lock(hashtextextended('idempotency:' || gen_random_uuid(), 0));",
        "select request_hash from idempotency_key where scope = '" + shop.buyerId()
            + "' and idempotency_key = gen_random_uuid()::text;",
        "with changed as (update product set stock = stock - 1, version = version + 1, updated_at = now()"
            + " where id = " + product + " and deleted_at is null and stock::bigint - 1 between 0 and 2147483647"
            + " returning id, stock) insert into stock_movement (id, product_id, delta, stock_after, reason,"
            + " created_at) select gen_random_uuid(), id, -1, stock, 'checkout bench', now() from changed;",
        "with o as (insert into customer_order (id, checkout_id, store_id, seller_id, buyer_id, status,"
            + " currency, subtotal_minor, shipping_minor, total_minor, tax_minor, tax_rate, shipping_method_id,"
            + " shipping_carrier, shipping_service, ship_name, ship_line1, ship_city, ship_region, ship_country,"
            + " placed_at, expires_at, created_at, updated_at, version) values (gen_random_uuid(),"
            + " gen_random_uuid(), '" + shop.storeId() + "', '" + shop.sellerId() + "', '" + shop.buyerId()
            + "', 'pending', 'CLP', 1000, 3990, 4990, 797, 0.19, " + shop.methodId() + ", 'Chilexpress',"
            + " 'Express', 'Ana Rojas', 'Avenida 1', 'Santiago', 'RM', 'CL', now(), now() + interval '30 minutes',"
            + " now(), now(), 0) returning id),"
            + " l as (insert into order_line (id, order_id, position, product_id, sku, name, currency, quantity,"
            + " unit_price_minor, line_total_minor) select gen_random_uuid(), o.id, 0, " + product
            + ", 'SKU', 'Producto', 'CLP', 1, 1000, 1000 from o),"
            + " h as (insert into order_status_change (id, order_id, to_status, actor_id, changed_at)"
            + " select gen_random_uuid(), o.id, 'pending', '" + shop.buyerId() + "', now() from o)"
            + " insert into outbox_event (id, aggregate_type, aggregate_id, event_type, payload, occurred_at)"
            + " select gen_random_uuid(), 'order', o.id, 'order.placed', jsonb_build_object('orderId', o.id,"
            + " 'lines', jsonb_build_array(jsonb_build_object('quantity', 1))), now() from o;",
        "insert into idempotency_key (scope, idempotency_key, request_hash, response_status, response_body,"
            + " created_at, expires_at) values ('" + shop.buyerId() + "', gen_random_uuid()::text,"
            + " repeat('a', 64), 201, '" + response + "', now(), now() + interval '1 day');",
        "COMMIT;",
        "");
    String label = many ? "many" : "hot";
    Path file = root.resolve(label + ".sql");
    Files.writeString(file, script);
    Matcher m = Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(postgres.jdbcUrl());
    m.find();
    Path logs = root.resolve("pgbench-" + label);
    deleteTree(logs);
    Files.createDirectories(logs);
    List<String> command = List.of(pgbenchBinary(), "-n", "-M", "prepared", "-c",
        Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds), "-f", file.toString(),
        "-l", "--log-prefix", logs.resolve("tx").toString(), "-h", m.group(1), "-p", m.group(2),
        "-U", postgres.user(), m.group(3));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(root.resolve("logs/pgbench-" + label + ".log").toFile());
    builder.environment().put("PGPASSWORD", postgres.password() == null ? "" : postgres.password());
    if (builder.start().waitFor() != 0) {
      throw new IllegalStateException("pgbench failed: see " + root.resolve("logs/pgbench-" + label + ".log"));
    }
    List<Long> nanos = new ArrayList<>();
    try (var files = Files.list(logs)) {
      for (Path log : (Iterable<Path>) files::iterator) {
        for (String line : Files.readAllLines(log)) {
          nanos.add(Long.parseLong(line.split(" ")[2]) * 1000);
        }
      }
    }
    Result result = summary("SQL checkout (pgbench), " + (many ? "1,000 products" : "one hot product"),
        nanos, seconds, 0);
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

  /**
   * By SQL: the store activated (activation needs a verified business, beside the point here), one
   * hot product and 1,000 others with stock for the whole run, 200 g each.
   */
  static Shop load(EmbeddedPostgres postgres, String storeId, String sellerId, String buyerId)
      throws Exception {
    try (Connection c = connect(postgres); Statement s = c.createStatement()) {
      s.execute("update store set status = 'active', activated_at = now() where id = '" + storeId + "'");
      s.execute("insert into product (id, store_id, sku, name, category, price_minor, currency, stock,"
          + " weight_grams, status, created_at, updated_at, version)"
          + " select gen_random_uuid(), '" + storeId + "', 'BENCH' || i, 'Producto ' || i, 'electronics',"
          + " 1000, 'CLP', case when i = 0 then 100000000 else 1000000 end, 200, 'active', now(), now(), 0"
          + " from generate_series(0, " + MANY + ") i");
      s.execute("create table bench_product (i integer primary key, id uuid not null)");
      s.execute("insert into bench_product select row_number() over (order by sku), id from product"
          + " where store_id = '" + storeId + "' and sku <> 'BENCH0'");
      s.execute("analyze");
      String hot;
      try (ResultSet r = s.executeQuery("select id from product where sku = 'BENCH0'")) {
        r.next();
        hot = r.getString(1);
      }
      List<String> many = new ArrayList<>();
      try (ResultSet r = s.executeQuery("select id from bench_product order by i")) {
        while (r.next()) {
          many.add(r.getString(1));
        }
      }
      long method;
      try (ResultSet r = s.executeQuery("select id from shipping_method where country_code = 'CL'"
          + " and carrier = 'Chilexpress' and service = 'Express'")) {
        r.next();
        method = r.getLong(1);
      }
      return new Shop(storeId, sellerId, buyerId, method, hot, many);
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

  static final java.util.Map<String, String> EMAILS = new java.util.concurrent.ConcurrentHashMap<>();

  static String register(String base) throws Exception {
    String email = "bench-" + UUID.randomUUID() + "@example.com";
    String body = "{\"email\":\"" + email + "\",\"password\":\"Correct-h0rse\",\"name\":\"Bench Buyer\"}";
    String token = field(post(base + "/api/v1/auth/register", null, body), "token");
    EMAILS.put(token, email);
    return token;
  }

  static String emailOf(String token) {
    return EMAILS.get(token);
  }

  static String login(String base, String email) throws Exception {
    return field(post(base + "/api/v1/auth/login", null,
        "{\"email\":\"" + email + "\",\"password\":\"Correct-h0rse\"}"), "token");
  }

  /** The token's subject (the account id), read from its payload. */
  static String subject(String token) {
    String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
        java.nio.charset.StandardCharsets.UTF_8);
    return field(payload, "sub");
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
        throw new IllegalStateException("VITA exited: see target/bench/checkout/logs/vita.log");
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
