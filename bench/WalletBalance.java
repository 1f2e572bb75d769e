import com.vita.devstack.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A seller's wallet with 1,000,000 ledger entries, read by concurrent clients: GET
 * /api/v1/wallet/{sellerId}?limit=20 with the seller's token, against the WAR on Payara Micro with
 * production JVM flags, beside pgbench running the two statements VITA runs for it ({@code
 * Wallets.balances}, the newest running balance of each of the seller's accounts, and {@code
 * Wallets.entries}, a keyset page newest first) in the same run on the same database; the ratio,
 * and EXPLAIN (ANALYZE, BUFFERS) of both to show they read a handful of index rows, not a million.
 *
 * <p>Seeding, timed: a seller, store and one order through the API (as Webhooks does), the order
 * copied by SQL into 500,000; the ledger's accounts; two captures (payments of orders 1 and 2) that
 * fund the seller's pending account, one entry each; then 499,999 releases (orders 2..500,000), the
 * booking a release makes (pending -1,000 CLP, available +1,000 CLP, two entries each), 50,000 per
 * statement, every entry through the BEFORE INSERT trigger that keeps the running balance and the
 * deferred check that each transaction sums to zero: 1,000,000 entries in the wallet. Usage (from
 * bench/wallet-balance.sh): clients seconds
 */
public class WalletBalance {

  static final int ORDERS = 500_000;
  static final int RELEASE = 1_000;
  static final int BATCH = 50_000; // releases per statement: 100,000 entries
  static final int LIMIT = 20;

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path root = Path.of("target/bench/wallet-balance").toAbsolutePath();
    Files.createDirectories(root);
    try (BenchVita vita = BenchVita.start("wallet-balance", Path.of("target/vita.war"), 10, Map.of())) {
      EmbeddedPostgres postgres = vita.postgres();
      String base = vita.base.toString();
      Webhooks.Shop shop = Webhooks.openShop(base, postgres, 1_000);
      String template = Webhooks.placeOrder(base, postgres, shop);
      seed(postgres, template, shop.sellerId());
      explain(postgres, shop.sellerId());
      URI wallet = URI.create(base + "/api/v1/wallet/" + shop.sellerId() + "?limit=" + LIMIT);
      System.out.println(BenchHttp.get(wallet.toString(), shop.sellerToken()).substring(0, 300) + " ...");
      measure("warm-up", clients, 10, wallet, shop.sellerToken());
      BenchLoad.Result vitaRun = measure("VITA wallet, 1 M entries", clients, seconds, wallet, shop.sellerToken());
      BenchLoad.Result sqlRun = pgbench(postgres, root, shop.sellerId(), clients, seconds);
      System.out.println();
      BenchLoad.ratio("wallet", vitaRun, sqlRun);
    }
  }

  static BenchLoad.Result measure(String name, int clients, int seconds, URI wallet, String token)
      throws Exception {
    BenchLoad.Result result = BenchLoad.closedLoop(name, clients, seconds, c -> () -> {
      HttpRequest request = HttpRequest.newBuilder(wallet).header("Authorization", "Bearer " + token).GET().build();
      HttpResponse<String> response = BenchHttp.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"nextCursor\"");
    });
    if (!name.equals("warm-up")) {
      result.print("req/s");
    }
    return result;
  }

  /** Wallets.balances, then Wallets.entries as WalletResource asks (limit + 1, no cursor). */
  static List<String> statements(String seller, String before, String limit) {
    return List.of(
        "select a.kind, a.currency, (select e.balance_after from ledger_entry e"
            + " where e.account_id = a.id and e.seq is not null order by e.seq desc limit 1)"
            + " from ledger_account a where a.holder_id = " + seller,
        "select e.id, t.kind, a.kind, e.currency, e.amount_minor, e.balance_after,"
            + " e.order_id, t.payment_id, t.description, e.created_at"
            + " from ledger_entry e join ledger_transaction t on t.id = e.transaction_id"
            + " join ledger_account a on a.id = e.account_id"
            + " where e.holder_id = " + seller + " and e.id < " + before + " order by e.id desc limit " + limit);
  }

  static BenchLoad.Result pgbench(EmbeddedPostgres postgres, Path root, String seller, int clients, int seconds)
      throws Exception {
    // two statements, each on its own (VITA reads the wallet outside a transaction), with the
    // seller, the cursor and the limit as parameters, as VITA binds them
    String script = String.join("\n", statements(":seller", ":before", ":limit").stream().map(s -> s + ";").toList()) + "\n";
    Path file = root.resolve("wallet.sql");
    Files.writeString(file, script);
    List<Long> nanos = BenchSql.pgbench(postgres, file, clients, seconds, root.resolve("pgbench"),
        "seller=" + seller, "before=" + Long.MAX_VALUE, "limit=" + (LIMIT + 1));
    BenchLoad.Result result = BenchLoad.summary("SQL wallet (pgbench)", nanos, seconds, 0);
    result.print("req/s");
    return result;
  }

  static void explain(EmbeddedPostgres postgres, String seller) throws Exception {
    try (Connection c = BenchSql.connect(postgres); Statement s = c.createStatement()) {
      List<String> statements = statements("'" + seller + "'::uuid", Long.toString(Long.MAX_VALUE),
          Integer.toString(LIMIT + 1));
      String[] names = {"balances (Wallets.balances)", "entries page (Wallets.entries)"};
      for (int i = 0; i < statements.size(); i++) {
        System.out.println("EXPLAIN (ANALYZE, BUFFERS) of the " + names[i] + ":");
        try (ResultSet r = s.executeQuery("explain (analyze, buffers) " + statements.get(i))) {
          while (r.next()) {
            System.out.println("  " + r.getString(1));
          }
        }
      }
    }
  }

  static void seed(EmbeddedPostgres postgres, String template, String seller) throws Exception {
    try (Connection c = BenchSql.connect(postgres); Statement s = c.createStatement()) {
      long started = System.nanoTime();
      Webhooks.copyOrders(s, template, ORDERS);
      double orders = (System.nanoTime() - started) / 1e9;
      long entriesStarted = System.nanoTime();
      // The accounts, in the order VITA's first capture makes them.
      s.execute("insert into ledger_account (kind, holder_id, provider, currency) values"
          + " ('platform_commission', null, null, 'CLP'), ('provider_clearing', null, 'stripe', 'CLP'),"
          + " ('seller_pending', '" + seller + "', null, 'CLP'), ('seller_available', '" + seller + "', null, 'CLP')");
      long commission = Webhooks.id(s, "select id from ledger_account where kind = 'platform_commission'");
      long clearing = Webhooks.id(s, "select id from ledger_account where kind = 'provider_clearing'");
      long pending = Webhooks.id(s, "select id from ledger_account where kind = 'seller_pending'");
      long available = Webhooks.id(s, "select id from ledger_account where kind = 'seller_available'");
      // Two captures fund pending with what the releases move: (ORDERS - 1) x RELEASE, net of 10 %.
      long funded = (long) (ORDERS - 1) * RELEASE;
      long[] nets = {funded / 2, funded - funded / 2};
      for (int k = 0; k < 2; k++) {
        long net = nets[k];
        long gross = (net * 10 + 8) / 9; // the sale whose 10 % commission leaves net
        long cut = gross - net;
        int n = k + 1;
        s.execute("insert into payment (id, buyer_id, checkout_id, method, provider, provider_ref, status, currency,"
            + " amount_minor, refunded_minor, created_at, updated_at, captured_at, version)"
            + " select gen_random_uuid(), o.buyer_id, o.checkout_id, 'stripe', 'stripe', 'pi_wallet_" + n + "',"
            + " 'succeeded', 'CLP', " + gross + ", 0, now(), now(), now(), 1"
            + " from bench_order b join customer_order o on o.id = b.id where b.n = " + n);
        s.execute("insert into payment_order (payment_id, order_id, store_id, seller_id, amount_minor)"
            + " select p.id, o.id, o.store_id, o.seller_id, " + gross + " from payment p, bench_order b"
            + " join customer_order o on o.id = b.id where p.provider_ref = 'pi_wallet_" + n + "' and b.n = " + n);
        s.execute("with p as (select p.id, b.id as order_id from payment p, bench_order b"
            + " where p.provider_ref = 'pi_wallet_" + n + "' and b.n = " + n + "),"
            + " t as (insert into ledger_transaction (id, kind, payment_id, description, occurred_at)"
            + " select gen_random_uuid(), 'capture', p.id, 'payment ' || p.id, now() from p returning id)"
            + " insert into ledger_entry (transaction_id, account_id, currency, amount_minor, order_id, created_at)"
            + " select t.id, v.account, 'CLP', v.amount, case when v.account = " + clearing
            + " then null else p.order_id end, now() from t, p, (values (" + commission + ", " + cut + "::bigint, 1), ("
            + clearing + ", " + -gross + "::bigint, 2), (" + pending + ", " + net + "::bigint, 3))"
            + " v(account, amount, k) order by v.k");
      }
      long entries = 2; // the captures' entries in the wallet
      for (int from = 2; from <= ORDERS; from += BATCH) {
        int to = Math.min(ORDERS, from + BATCH - 1);
        s.execute("insert into ledger_transaction (id, kind, order_id, description, occurred_at)"
            + " select gen_random_uuid(), 'release', b.id, 'order ' || b.id || ' released', now()"
            + " from bench_order b where b.n between " + from + " and " + to);
        // Ledger.post's order: pending, then available (account order), transaction by transaction.
        entries += s.executeUpdate("insert into ledger_entry (transaction_id, account_id, currency, amount_minor,"
            + " order_id, created_at) select t.id, v.account, 'CLP', v.amount, b.id, now()"
            + " from bench_order b join ledger_transaction t on t.order_id = b.id and t.kind = 'release',"
            + " (values (" + pending + ", " + -RELEASE + "::bigint, 1), (" + available + ", " + RELEASE + "::bigint, 2))"
            + " v(account, amount, k) where b.n between " + from + " and " + to + " order by b.n, v.k");
      }
      double ledger = (System.nanoTime() - entriesStarted) / 1e9;
      long all = Webhooks.id(s, "select count(*) from ledger_entry");
      long wallet = Webhooks.id(s, "select count(*) from ledger_entry where holder_id = '" + seller + "'");
      long unbalanced = Webhooks.id(s, "select count(*) from (select transaction_id from ledger_entry"
          + " group by transaction_id having sum(amount_minor) <> 0) u");
      s.execute("vacuum analyze");
      double total = (System.nanoTime() - started) / 1e9;
      System.out.printf(Locale.ROOT,
          "Seeded: %,d orders copied in %.1f s; %,d ledger entries (%,d in the seller's wallet, %d"
              + " transactions unbalanced) in %.1f s (%,.0f entries/s through the triggers); with vacuum"
              + " analyze %.1f s in all%n",
          ORDERS, orders, all, wallet, unbalanced, ledger, all / ledger, total);
      try (ResultSet r = s.executeQuery("select a.kind, (select e.balance_after from ledger_entry e where"
          + " e.account_id = a.id and e.seq is not null order by e.seq desc limit 1), (select max(seq) from"
          + " ledger_entry e where e.account_id = a.id) from ledger_account a where a.holder_id = '" + seller
          + "' order by a.id")) {
        while (r.next()) {
          System.out.printf(Locale.ROOT, "  %s: balance %,d CLP after %,d entries%n", r.getString(1), r.getLong(2),
              r.getLong(3));
        }
      }
    }
  }
}
