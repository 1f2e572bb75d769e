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
import java.util.Map;
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

  static final int MANY = 1_000;

  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  record Shop(String storeId, String sellerId, String buyerId, long methodId, String hot,
      List<String> many) {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Path root = Path.of("target/bench/checkout").toAbsolutePath();
    Files.createDirectories(root.resolve("logs"));
    // The WAR's own settings (pool of 10, 6 checkouts at once): what production runs.
    try (BenchVita vita = BenchVita.start("checkout", Path.of("target/vita.war"), 10, Map.of())) {
      EmbeddedPostgres postgres = vita.postgres();
      String base = vita.base.toString();
      String seller = register(base);
      BenchHttp.post(base + "/api/v1/auth/seller", seller, "");
      seller = login(base, emailOf(seller));
      String storeId = BenchHttp.field(BenchHttp.post(base + "/api/v1/stores", seller,
          "{\"name\":\"Bench store\",\"category\":\"electronics\",\"country\":\"CL\"}"), "storeId");
      List<String> buyers = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        buyers.add(register(base));
      }
      Shop shop = load(postgres, storeId, subject(seller), subject(buyers.get(0)));
      measure("warm-up", clients, 10, base, buyers, shop, false);
      measure("warm-up", clients, 10, base, buyers, shop, true);
      BenchLoad.Result vitaHot = measure("VITA checkout, one hot product", clients, seconds, base, buyers, shop, false);
      BenchLoad.Result vitaMany = measure("VITA checkout, 1,000 products", clients, seconds, base, buyers, shop, true);
      BenchLoad.Result sqlHot = pgbench(postgres, root, shop, clients, seconds, false);
      BenchLoad.Result sqlMany = pgbench(postgres, root, shop, clients, seconds, true);
      System.out.println();
      BenchLoad.ratio("hot product", vitaHot, sqlHot);
      BenchLoad.ratio("many products", vitaMany, sqlMany);
    }
  }

  static String cart(Shop shop, String productId) {
    return "{\"items\":[{\"productId\":\"" + productId + "\",\"quantity\":1}],"
        + "\"shippingAddress\":{\"name\":\"Ana Rojas\",\"line1\":\"Avenida 1\",\"city\":\"Santiago\","
        + "\"region\":\"RM\",\"country\":\"CL\"},"
        + "\"shipping\":[{\"storeId\":\"" + shop.storeId() + "\",\"methodId\":" + shop.methodId() + "}]}";
  }

  /** Each client a buyer of its own, in a closed loop for the duration. */
  static BenchLoad.Result measure(String name, int clients, int seconds, String base, List<String> buyers,
      Shop shop, boolean many) throws Exception {
    BenchLoad.Result result = BenchLoad.closedLoop(name, clients, seconds, c -> () -> {
      String product = many
          ? shop.many().get(ThreadLocalRandom.current().nextInt(shop.many().size()))
          : shop.hot();
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/orders"))
          .header("Authorization", "Bearer " + buyers.get(c))
          .header("Content-Type", "application/json")
          .header("Idempotency-Key", UUID.randomUUID().toString())
          .POST(HttpRequest.BodyPublishers.ofString(cart(shop, product)))
          .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 201;
    });
    if (!name.equals("warm-up")) {
      result.print("checkouts/s");
    }
    return result;
  }

  /**
   * One checkout's statements as one pgbench transaction, prepared: what VITA reads and writes for
   * a one-line cart, without Java in between.
   */
  static BenchLoad.Result pgbench(EmbeddedPostgres postgres, Path root, Shop shop, int clients, int seconds,
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
            // published already: VITA's dispatcher, still running, must not take these rows
            + " insert into outbox_event (id, aggregate_type, aggregate_id, event_type, payload, occurred_at,"
            + " published_at) select gen_random_uuid(), 'order', o.id, 'order.placed',"
            + " jsonb_build_object('orderId', o.id, 'lines', jsonb_build_array(jsonb_build_object('quantity',"
            + " 1))), now(), now() from o;",
        "insert into idempotency_key (scope, idempotency_key, request_hash, response_status, response_body,"
            + " created_at, expires_at) values ('" + shop.buyerId() + "', gen_random_uuid()::text,"
            + " repeat('a', 64), 201, '" + response + "', now(), now() + interval '1 day');",
        "COMMIT;",
        "");
    String label = many ? "many" : "hot";
    Path file = root.resolve(label + ".sql");
    Files.writeString(file, script);
    List<Long> nanos = BenchSql.pgbench(postgres, file, clients, seconds, root.resolve("pgbench-" + label));
    BenchLoad.Result result = BenchLoad.summary("SQL checkout (pgbench), " + (many ? "1,000 products" : "one hot product"),
        nanos, seconds, 0);
    result.print("checkouts/s");
    return result;
  }

  /**
   * By SQL: the store activated (activation needs a verified business, beside the point here), one
   * hot product and 1,000 others with stock for the whole run, 200 g each.
   */
  static Shop load(EmbeddedPostgres postgres, String storeId, String sellerId, String buyerId)
      throws Exception {
    try (Connection c = BenchSql.connect(postgres); Statement s = c.createStatement()) {
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

  static final java.util.Map<String, String> EMAILS = new java.util.concurrent.ConcurrentHashMap<>();

  static String register(String base) throws Exception {
    String email = "bench-" + UUID.randomUUID() + "@example.com";
    String body = "{\"email\":\"" + email + "\",\"password\":\"Correct-h0rse\",\"name\":\"Bench Buyer\"}";
    String token = BenchHttp.field(BenchHttp.post(base + "/api/v1/auth/register", null, body), "token");
    EMAILS.put(token, email);
    return token;
  }

  static String emailOf(String token) {
    return EMAILS.get(token);
  }

  static String login(String base, String email) throws Exception {
    return BenchHttp.field(BenchHttp.post(base + "/api/v1/auth/login", null,
        "{\"email\":\"" + email + "\",\"password\":\"Correct-h0rse\"}"), "token");
  }

  /** The token's subject (the account id), read from its payload. */
  static String subject(String token) {
    String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
        java.nio.charset.StandardCharsets.UTF_8);
    return BenchHttp.field(payload, "sub");
  }

}
