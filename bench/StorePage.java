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

  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) throws Exception {
    int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    Path root = Path.of("target/bench/store-page").toAbsolutePath();
    Files.createDirectories(root.resolve("logs"));
    try (BenchVita vita = BenchVita.start("store-page", Path.of("target/vita.war"), 30, Map.of())) {
      EmbeddedPostgres postgres = vita.postgres();
      String base = vita.base.toString();
      String token = BenchHttp.sellerToken(base);
      String storeId =
          BenchHttp.field(
              BenchHttp.post(base + "/api/v1/stores", token,
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
      BenchLoad.Result vitaPage = measure("VITA public store page", clients, seconds, page, null, false);
      BenchLoad.Result vitaList =
          measure("VITA product list (keyset walk)", clients, seconds, list, token, true);
      BenchLoad.Result sqlPage = pgbench(postgres, root, storeId, products, clients, seconds, false);
      BenchLoad.Result sqlList = pgbench(postgres, root, storeId, products, clients, seconds, true);
      System.out.println();
      BenchLoad.ratio("public store page", vitaPage, sqlPage);
      BenchLoad.ratio("product list", vitaList, sqlList);
    }
  }

  /** Clients in a closed loop for the duration; a walking client follows nextCursor. */
  static BenchLoad.Result measure(String name, int clients, int seconds, String url, String token, boolean walk)
      throws Exception {
    BenchLoad.Result result = BenchLoad.closedLoop(name, clients, seconds, c -> {
      String[] cursor = {null};
      return () -> {
        String target = cursor[0] == null ? url : url + "&cursor=" + cursor[0];
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).GET();
        if (token != null) {
          request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response =
            HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          return false;
        }
        if (walk) {
          cursor[0] = nextCursor(response.body());
        }
        return true;
      };
    });
    if (!name.equals("warm-up")) {
      result.print("req/s");
    }
    return result;
  }

  /**
   * The SQL VITA sends for one request (the store by id, one page of products on the keyset index,
   * the images of that page), as prepared statements through pgbench. The walk uses a cursor in the
   * middle of the catalogue, as VITA's walking clients reach deep pages.
   */
  static BenchLoad.Result pgbench(EmbeddedPostgres postgres, Path root, String storeId, int products, int clients, int seconds,
      boolean walk) throws Exception {
    String keyset = "";
    if (walk) {
      try (Connection c = BenchSql.connect(postgres); Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select created_at, id from product where store_id = '" + storeId
              + "' order by created_at desc, id desc offset " + products / 2 + " limit 1")) {
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
    List<Long> nanos = BenchSql.pgbench(postgres, file, clients, seconds,
        root.resolve("pgbench-" + (walk ? "list" : "page")));
    BenchLoad.Result result = BenchLoad.summary("SQL " + (walk ? "product list" : "store page") + " (pgbench)", nanos,
        seconds, 0);
    result.print("req/s");
    return result;
  }

  /** The products, by SQL: created a second apart, every tenth a draft, each with its movement. */
  static void load(EmbeddedPostgres postgres, UUID storeId, int products) throws Exception {
    try (Connection c = BenchSql.connect(postgres); Statement s = c.createStatement()) {
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

  static String nextCursor(String json) {
    Matcher m = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

}
