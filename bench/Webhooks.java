import com.vita.devstack.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe webhook deliveries under concurrent senders: each client POSTs a distinct, signed {@code
 * payment_intent.succeeded} for the next of many pending payments to
 * /api/v1/payments/webhook/stripe, against the WAR on Payara Micro with production JVM flags (its
 * pool of 10); a delivery counts only when answered 200 with {@code "result":"applied"} (the
 * payment captured). Beside it, in the same run on the same database, pgbench runs the SQL one
 * delivery runs (the event row, the payment locked and moved, its orders, the ledger accounts, the
 * store's commission, the capture's transaction and three entries through the ledger's triggers,
 * the seller credit, the outbox event, the event's outcome) on payments of its own. Then the books
 * are checked in SQL: every transaction sums to zero, captures equal payments settled.
 *
 * <p>Seeding: a seller (API), their store (API, activated by SQL as Checkout does), a product with
 * stock for the run (SQL), one order placed through the API; then that order copied by SQL {@code
 * generate_series} into as many orders as there are payments, each with one {@code
 * requires_action} payment {@code pi_bench_<n>} for its total. Usage (from bench/webhooks.sh):
 * clients seconds
 */
public class Webhooks {

  static final String WEBHOOK_SECRET = "whsec_bench";
  /** Payments for VITA (warm-up and run) and, after them, payments for pgbench. */
  static final int VITA_PAYMENTS = 40_000;
  static final int SQL_PAYMENTS = 60_000;
  static final int WARM_UP_SECONDS = 10;

  record Shop(String sellerToken, String sellerId, String storeId, long methodId, String productId,
      String buyerToken, String buyerId) {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path root = Path.of("target/bench/webhooks").toAbsolutePath();
    Files.createDirectories(root);
    Map<String, String> environment = Map.of(
        "STRIPE_SECRET_KEY", "sk_test_bench",
        "STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET,
        "STRIPE_API_BASE", "http://127.0.0.1:9", // never called on this path
        "RATELIMIT_SENSITIVE_ADDRESS_LIMIT", "10000000",
        "RATELIMIT_SENSITIVE_BACKOFF_AFTER", "10000000");
    try (BenchVita vita = BenchVita.start("webhooks", Path.of("target/vita.war"), 10, environment)) {
      EmbeddedPostgres postgres = vita.postgres();
      String base = vita.base.toString();
      Shop shop = openShop(base, postgres, 1_000_000);
      String template = placeOrder(base, postgres, shop);
      long started = System.nanoTime();
      long amount = seedPayments(postgres, template, VITA_PAYMENTS + SQL_PAYMENTS);
      System.out.printf(Locale.ROOT, "Seeded %,d orders with a pending Stripe payment each (%,d CLP) in %.1f s%n",
          VITA_PAYMENTS + SQL_PAYMENTS, amount, (System.nanoTime() - started) / 1e9);
      AtomicInteger next = new AtomicInteger();
      URI webhook = URI.create(base + "/api/v1/payments/webhook/stripe");
      measure("warm-up", clients, WARM_UP_SECONDS, webhook, next, amount);
      int before = next.get();
      BenchLoad.Result vitaRun = measure("VITA Stripe webhook", clients, seconds, webhook, next, amount);
      int sent = next.get() - before;
      BenchLoad.Result sqlRun = pgbench(postgres, root, shop, clients, seconds);
      System.out.println();
      BenchLoad.ratio("webhook deliveries", vitaRun, sqlRun);
      System.out.printf(Locale.ROOT, "applied deliveries only: %.0f%% of the SQL's throughput%n",
          100.0 * (vitaRun.requests() - vitaRun.errors()) / seconds / sqlRun.perSecond());
      if (next.get() > VITA_PAYMENTS) {
        System.out.println("VITA ran out of payments (" + VITA_PAYMENTS + "): raise VITA_PAYMENTS");
      }
      System.out.println("(" + sent + " distinct events sent in the measured run)");
      checkBooks(postgres);
    }
  }

  /** One delivery per call, each for the next payment, signed now as Stripe signs. */
  static BenchLoad.Result measure(String name, int clients, int seconds, URI webhook, AtomicInteger next,
      long amount) throws Exception {
    BenchLoad.Result result = BenchLoad.closedLoop(name, clients, seconds, c -> () -> {
      int n = next.incrementAndGet();
      if (n > VITA_PAYMENTS) {
        Thread.sleep(1);
        return false;
      }
      String body = event(n, amount);
      long t = System.currentTimeMillis() / 1000;
      HttpRequest request = HttpRequest.newBuilder(webhook)
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json; charset=utf-8")
          .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
          .header("Stripe-Signature", "t=" + t + ",v1=" + hmac(t + "." + body))
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .build();
      HttpResponse<String> response = BenchHttp.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().matches("(?s).*\"result\"\\s*:\\s*\"applied\".*");
    });
    if (!name.equals("warm-up")) {
      result.print("deliveries/s");
      System.out.printf(Locale.ROOT, "%-36s %7.0f applied deliveries/s%n", "",
          (result.requests() - result.errors()) / (double) seconds);
    }
    return result;
  }

  /** Stripe's event JSON for payment {@code pi_bench_<n>} having succeeded. */
  static String event(int n, long amount) {
    long created = System.currentTimeMillis() / 1000;
    return "{\"id\":\"evt_bench_" + n + "\",\"object\":\"event\",\"api_version\":\"2026-07-29.dahlia\","
        + "\"created\":" + created + ",\"data\":{\"object\":{\"id\":\"pi_bench_" + n + "\","
        + "\"object\":\"payment_intent\",\"amount\":" + amount + ",\"amount_received\":" + amount + ","
        + "\"currency\":\"clp\",\"status\":\"succeeded\",\"metadata\":{}}},\"livemode\":false,"
        + "\"pending_webhooks\":1,\"request\":{\"id\":null,\"idempotency_key\":null},"
        + "\"type\":\"payment_intent.succeeded\"}";
  }

  static String hmac(String signed) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * One delivery's statements as one pgbench transaction, prepared, on the payments after VITA's
   * (a sequence hands each transaction the next): what ProviderWebhooks, PaymentSettlement,
   * LedgerAccounts, Commissions, PaymentBookings, Ledger and Outbox send for a one-order payment,
   * in their order, without Java in between. The ledger's triggers (running balance under the
   * account's row lock, the sum-to-zero check at commit) run as for VITA.
   */
  static BenchLoad.Result pgbench(EmbeddedPostgres postgres, Path root, Shop shop, int clients, int seconds)
      throws Exception {
    long clearing;
    long commission;
    long pending;
    try (Connection c = BenchSql.connect(postgres); Statement s = c.createStatement()) {
      // made by VITA's first captures (the warm-up), as in production
      clearing = id(s, "select id from ledger_account where kind = 'provider_clearing' and provider = 'stripe'"
          + " and currency = 'CLP'");
      commission = id(s, "select id from ledger_account where kind = 'platform_commission' and currency = 'CLP'");
      pending = id(s, "select id from ledger_account where kind = 'seller_pending' and holder_id = '"
          + shop.sellerId() + "' and currency = 'CLP'");
      s.execute("create sequence bench_sql_payment start " + (VITA_PAYMENTS + 1));
    }
    // Entries in account order, as Ledger.post writes them.
    record Leg(long account, String amount, String order) {}
    List<Leg> legs = new ArrayList<>(List.of(
        new Leg(clearing, ":na", "null"),
        new Leg(pending, ":net", ":oid"),
        new Leg(commission, ":c", ":oid")));
    legs.sort(java.util.Comparator.comparingLong(Leg::account));
    StringBuilder entries = new StringBuilder("insert into ledger_entry (transaction_id, account_id, currency,"
        + " amount_minor, order_id, created_at) values ");
    for (int i = 0; i < legs.size(); i++) {
      Leg leg = legs.get(i);
      entries.append(i == 0 ? "" : ", ").append("(:tx, ").append(leg.account()).append(", 'CLP', ")
          .append(leg.amount()).append(", cast(").append(leg.order()).append(" as uuid), now())");
    }
    String script = String.join("\n",
        "select nextval('bench_sql_payment') as n \\gset",
        "BEGIN;",
        "insert into provider_event (provider, event_id, event_type, object_ref, outcome, received_at)"
            + " values ('stripe', 'evt_sql_' || :n, 'payment_intent.succeeded', 'pi_bench_' || :n,"
            + " 'received', now()) on conflict do nothing;",
        "select id as pid, amount_minor as a, version as v from payment where provider = 'stripe'"
            + " and provider_ref = 'pi_bench_' || :n for update \\gset",
        "select order_id as oid, store_id as sid, seller_id as seller, amount_minor as share"
            + " from payment_order where payment_id = :pid \\gset",
        "update payment set status = 'succeeded', captured_at = now(), updated_at = now(),"
            + " version = version + 1 where id = :pid and version = :v;",
        "select id from ledger_account where kind = 'platform_commission' and holder_id is not distinct from"
            + " cast(null as uuid) and provider is not distinct from cast(null as varchar) and currency = 'CLP';",
        "select id from ledger_account where kind = 'provider_clearing' and holder_id is not distinct from"
            + " cast(null as uuid) and provider is not distinct from cast('stripe' as varchar) and currency = 'CLP';",
        "select rate from store_commission where store_id = :sid;",
        "select id from ledger_account where kind = 'seller_pending' and holder_id is not distinct from"
            + " cast(:seller as uuid) and provider is not distinct from cast(null as varchar) and currency = 'CLP';",
        // Commissions.of: 10 % (the default rate), half up
        "\\set c (:share * 10 + 50) / 100",
        "\\set net :share - :c",
        "\\set na 0 - :a",
        "insert into seller_credit (order_id, payment_id, seller_id, currency, gross_minor, commission_minor,"
            + " release_after) values (:oid, :pid, :seller, 'CLP', :share, :c, now() + interval '14 days');",
        "insert into ledger_transaction (id, kind, payment_id, refund_id, order_id, description, occurred_at)"
            + " values (gen_random_uuid(), 'capture', :pid, null, null, 'payment ' || :pid, now())"
            + " returning id as tx \\gset",
        entries + ";",
        // published already: VITA's dispatcher, still running, must not take these rows
        "insert into outbox_event (id, aggregate_type, aggregate_id, event_type, payload, occurred_at,"
            + " published_at) values (gen_random_uuid(), 'payment', :pid, 'payment.captured',"
            + " jsonb_build_object('paymentId', :pid::text, 'orderIds', jsonb_build_array(:oid::text),"
            + " 'amountMinor', :a::bigint, 'status', 'succeeded'), now(), now());",
        "update provider_event set outcome = 'applied' where provider = 'stripe' and event_id = 'evt_sql_' || :n;",
        "COMMIT;",
        "");
    Path file = root.resolve("webhook.sql");
    Files.writeString(file, script);
    List<Long> nanos = BenchSql.pgbench(postgres, file, clients, seconds, root.resolve("pgbench"));
    BenchLoad.Result result = BenchLoad.summary("SQL webhook (pgbench)", nanos, seconds, 0);
    result.print("deliveries/s");
    return result;
  }

  /** The books after the run: balanced transactions, one capture per payment settled. */
  static void checkBooks(EmbeddedPostgres postgres) throws Exception {
    try (Connection c = BenchSql.connect(postgres); Statement s = c.createStatement()) {
      long unbalanced = id(s, "select count(*) from (select transaction_id from ledger_entry"
          + " group by transaction_id, currency having sum(amount_minor) <> 0) u");
      long transactions = id(s, "select count(*) from ledger_transaction");
      long captures = id(s, "select count(*) from ledger_transaction where kind = 'capture'");
      long settled = id(s, "select count(*) from payment where status = 'succeeded'");
      long byVita = id(s, "select count(*) from payment where status = 'succeeded' and provider_ref in"
          + " (select 'pi_bench_' || n from generate_series(1, " + VITA_PAYMENTS + ") n)");
      long applied = id(s, "select count(*) from provider_event where outcome = 'applied'");
      long credits = id(s, "select count(*) from seller_credit");
      long entries = id(s, "select count(*) from ledger_entry");
      long total = id(s, "select coalesce(sum(amount_minor), 0) from ledger_entry");
      System.out.printf(Locale.ROOT,
          "Books: %,d ledger transactions, %,d unbalanced (sum of all %,d entries: %d); %,d captures,"
              + " %,d payments succeeded (%,d by VITA's webhooks, %,d by pgbench), %,d events applied,"
              + " %,d seller credits: %s%n",
          transactions, unbalanced, entries, total, captures, settled, byVita, settled - byVita, applied,
          credits, unbalanced == 0 && total == 0 && captures == settled && credits == settled ? "OK" : "WRONG");
    }
  }

  static long id(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  // ---- seeding, shared with WalletBalance ----

  /**
   * A seller (API) with an active CL store (API; activated by SQL, activation needs a verified
   * business, beside the point here), one product with {@code stock} units (SQL) and a buyer (API).
   */
  static Shop openShop(String base, EmbeddedPostgres postgres, int stock) throws Exception {
    String seller = BenchHttp.sellerToken(base);
    String storeId = BenchHttp.field(BenchHttp.post(base + "/api/v1/stores", seller,
        "{\"name\":\"Bench store\",\"category\":\"electronics\",\"country\":\"CL\"}"), "storeId");
    String buyer = buyerToken(base);
    try (Connection c = BenchSql.connect(postgres); Statement s = c.createStatement()) {
      s.execute("update store set status = 'active', activated_at = now() where id = '" + storeId + "'");
      String productId = UUID.randomUUID().toString();
      s.execute("insert into product (id, store_id, sku, name, category, price_minor, currency, stock,"
          + " weight_grams, status, created_at, updated_at, version) values ('" + productId + "', '" + storeId
          + "', 'BENCHPAY', 'Producto', 'electronics', 10000, 'CLP', " + stock + ", 200, 'active', now(),"
          + " now(), 0)");
      long method = id(s, "select id from shipping_method where country_code = 'CL'"
          + " and carrier = 'Chilexpress' and service = 'Express'");
      return new Shop(seller, Checkout.subject(seller), storeId, method, productId, buyer, Checkout.subject(buyer));
    }
  }

  static String buyerToken(String base) throws Exception {
    String email = "bench-" + UUID.randomUUID() + "@example.com";
    return BenchHttp.field(BenchHttp.post(base + "/api/v1/auth/register", null, "{\"email\":\"" + email
        + "\",\"password\":\"" + BenchHttp.PASSWORD + "\",\"firstName\":\"Bench\",\"lastName\":\"Buyer\"}"),
        "token");
  }

  /** One order of one unit, placed through the API by the shop's buyer; its id. */
  static String placeOrder(String base, EmbeddedPostgres postgres, Shop shop) throws Exception {
    String cart = "{\"items\":[{\"productId\":\"" + shop.productId() + "\",\"quantity\":1}],"
        + "\"shippingAddress\":{\"name\":\"Ana Rojas\",\"line1\":\"Avenida 1\",\"city\":\"Santiago\","
        + "\"region\":\"RM\",\"country\":\"CL\"},"
        + "\"shipping\":[{\"storeId\":\"" + shop.storeId() + "\",\"methodId\":" + shop.methodId() + "}]}";
    BenchHttp.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/orders"))
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .POST(HttpRequest.BodyPublishers.ofString(cart)), shop.buyerToken());
    try (Connection c = BenchSql.connect(postgres); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select id from customer_order where buyer_id = '" + shop.buyerId() + "'")) {
      r.next();
      return r.getString(1);
    }
  }

  /**
   * Copies the API-made order (and its lines) into {@code count} orders {@code bench_order.n}
   * 1..count, each its own checkout, pending with no expiry in the run; returns the order's total.
   */
  static long copyOrders(Statement s, String template, int count) throws Exception {
    s.execute("create table bench_order (n integer primary key, id uuid not null, checkout_id uuid not null)");
    s.execute("insert into bench_order select n, gen_random_uuid(), gen_random_uuid()"
        + " from generate_series(1, " + count + ") n");
    // (lateral: "(f(x)).*" would call f once per column)
    s.execute("insert into customer_order select r.* from customer_order o cross join bench_order b,"
        + " lateral jsonb_populate_record(null::customer_order, to_jsonb(o) || jsonb_build_object('id', b.id,"
        + " 'checkout_id', b.checkout_id, 'placed_at', now(), 'created_at', now(), 'updated_at', now(),"
        + " 'expires_at', now() + interval '1 day')) r where o.id = '" + template + "'");
    s.execute("insert into order_line select r.* from order_line l cross join bench_order b,"
        + " lateral jsonb_populate_record(null::order_line, to_jsonb(l) || jsonb_build_object('id',"
        + " gen_random_uuid(), 'order_id', b.id)) r where l.order_id = '" + template + "'");
    return id(s, "select total_minor from customer_order where id = '" + template + "'");
  }

  /** The copied orders, each with one pending Stripe payment {@code pi_bench_<n>} for its total. */
  static long seedPayments(EmbeddedPostgres postgres, String template, int count) throws Exception {
    try (Connection c = BenchSql.connect(postgres); Statement s = c.createStatement()) {
      long total = copyOrders(s, template, count);
      s.execute("create table bench_payment (n integer primary key, id uuid not null)");
      s.execute("insert into bench_payment select n, gen_random_uuid() from generate_series(1, " + count + ") n");
      s.execute("insert into payment (id, buyer_id, checkout_id, method, provider, provider_ref, status, currency,"
          + " amount_minor, refunded_minor, created_at, updated_at, version)"
          + " select p.id, o.buyer_id, o.checkout_id, 'stripe', 'stripe', 'pi_bench_' || p.n, 'requires_action',"
          + " o.currency, o.total_minor, 0, now(), now(), 0"
          + " from bench_payment p join bench_order b using (n) join customer_order o on o.id = b.id");
      s.execute("insert into payment_order (payment_id, order_id, store_id, seller_id, amount_minor)"
          + " select p.id, o.id, o.store_id, o.seller_id, o.total_minor"
          + " from bench_payment p join bench_order b using (n) join customer_order o on o.id = b.id");
      s.execute("analyze");
      return total;
    }
  }
}
