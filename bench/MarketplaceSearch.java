import com.vita.devstack.EmbeddedPostgres;
import com.vita.marketplace.control.MarketplaceStatements;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Issue #15's benchmark: N generated products (Spanish names from word lists; categories, stores
 * and prices skewed) loaded by COPY, then a fixed mix of 1,000 marketplace requests (common and
 * rare words, typos, prefixes, facet filters, deep pages) from 20 clients through the API, with
 * the cache off and on (one server each, same seed, same data), and the same SQL through pgbench
 * on the first server's database in the same run. Writes EXPLAIN (ANALYZE, BUFFERS) of the main
 * queries and the index sizes to target/bench/marketplace/.
 * Usage (from bench/marketplace-search.sh): products clients seconds
 */
public class MarketplaceSearch {

  static final String[] NOUNS = {"zapato", "camiseta", "pantalón", "chaqueta", "bolso", "mochila",
      "reloj", "gafas", "sombrero", "café", "té", "chocolate", "vino", "aceite", "miel", "queso",
      "lámpara", "silla", "mesa", "sofá", "cojín", "alfombra", "taza", "plato", "sartén", "cuchillo",
      "libro", "cuaderno", "bolígrafo", "auriculares", "altavoz", "teclado", "ratón", "cargador",
      "funda", "pelota", "bicicleta", "casco", "guante", "bufanda", "calcetín", "vestido", "falda",
      "camisa", "collar", "pulsera", "anillo", "perfume", "jabón", "crema"};
  static final String[] CATEGORIES = {"moda/calzado", "moda/ropa", "moda/ropa", "moda/ropa",
      "moda/accesorios", "moda/bolsos", "moda/bolsos", "moda/accesorios", "moda/accesorios",
      "alimentos/cafe", "alimentos/te", "alimentos/dulces", "alimentos/vinos", "alimentos/despensa",
      "alimentos/despensa", "alimentos/lacteos", "hogar/iluminacion", "hogar/muebles",
      "hogar/muebles", "hogar/muebles", "hogar/textil", "hogar/textil", "hogar/cocina",
      "hogar/cocina", "hogar/cocina", "hogar/cocina", "libros", "papeleria", "papeleria",
      "electronica/audio", "electronica/audio", "electronica/perifericos", "electronica/perifericos",
      "electronica/accesorios", "electronica/accesorios", "deportes", "deportes", "deportes",
      "moda/accesorios", "moda/accesorios", "moda/ropa", "moda/ropa", "moda/ropa", "moda/ropa",
      "moda/joyeria", "moda/joyeria", "moda/joyeria", "belleza", "belleza", "belleza"};
  static final String[] MATERIALS = {"cuero", "algodón", "lana", "seda", "madera", "acero",
      "vidrio", "cerámica", "bambú", "lino", "plata", "oro", "mimbre", "plástico reciclado"};
  static final String[] ADJECTIVES = {"marrón", "negro", "blanco", "rojo", "azul", "verde", "gris",
      "beige", "rosa", "amarillo", "artesanal", "clásico", "moderno", "premium", "ecológico",
      "vintage", "deportivo", "elegante"};
  static final String[] RARE = {"tecnolux", "quetzal", "andino", "patagonia", "atacama", "tayrona",
      "oaxaca", "alhambra", "zanzíbar", "valdivia"};
  static final String[][] COUNTRIES = {{"CL", "CLP", "1"}, {"CL", "CLP", "1"}, {"MX", "MXN", "5"},
      {"MX", "MXN", "5"}, {"CO", "COP", "450"}, {"ES", "EUR", "0.1"}, {"AE", "AED", "0.4"}};

  record Request(String url, List<String> sql) {}

  public static void main(String[] args) throws Exception {
    int products = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    Path root = Path.of("target/bench/marketplace").toAbsolutePath();
    Files.createDirectories(root);
    List<BenchLoad.Result> results = new ArrayList<>();
    BenchLoad.Result sql = null;
    for (boolean cache : new boolean[] {false, true}) {
      String name = "marketplace-cache-" + (cache ? "on" : "off");
      try (BenchVita vita = BenchVita.start(name, Path.of("target/vita.war"), 30,
          Map.of("MARKETPLACE_CACHE_ENABLED", Boolean.toString(cache)))) {
        long started = System.nanoTime();
        load(vita.postgres(), products);
        System.out.printf(Locale.ROOT, "%s: loaded %d products by COPY in %.1f s%n", name,
            products, (System.nanoTime() - started) / 1e9);
        List<Request> mix = mix(vita.postgres(), vita.base.toString());
        measure("warm-up", mix, clients, Math.min(10, seconds));
        results.add(measure("API, cache " + (cache ? "on" : "off"), mix, clients, seconds));
        if (!cache) {
          sql = pgbench(vita.postgres(), root, mix, clients, seconds);
          explainAndSizes(vita.postgres(), root, mix);
        }
      }
    }
    System.out.println();
    for (BenchLoad.Result result : results) {
      BenchLoad.ratio(result.name(), result, sql);
    }
  }

  /** Owners with approved businesses and active stores by SQL; products by COPY; rules list all. */
  static void load(EmbeddedPostgres postgres, int products) throws Exception {
    int stores = Math.max(20, products / 2_000);
    Random random = new Random(15);
    try (Connection c = BenchSql.connect(postgres); Statement s = c.createStatement()) {
      s.execute("insert into account (id, email, password_hash, display_name, created_at,"
          + " updated_at, username) select " + id("a", "i") + ", 'bench' || i || '@example.com',"
          + " 'x', 'Bench ' || i, now(), now(), 'bench-' || i from generate_series(1, " + stores + ") i");
      s.execute("insert into business (id, owner_account_id, legal_name, country, tax_id,"
          + " legal_representative_name, economic_activity, status, created_at, updated_at)"
          + " select gen_random_uuid(), " + id("a", "i") + ", 'Negocio ' || i, 'CL', 'BENCH' || i,"
          + " 'Rep', 'Comercio', 'approved', now(), now() from generate_series(1, " + stores + ") i");
      StringBuilder values = new StringBuilder();
      for (int i = 1; i <= stores; i++) {
        String[] country = COUNTRIES[i % COUNTRIES.length];
        values.append(i == 1 ? "" : ",").append("(").append(i).append(",'").append(country[0])
            .append("','").append(country[1]).append("')");
      }
      s.execute("insert into store (id, owner_account_id, name, slug, category, country, currency,"
          + " payment_methods, status, activated_at, created_at, updated_at) select "
          + id("b", "v.i") + ", " + id("a", "v.i") + ", 'Tienda ' || v.i, 'tienda-' || v.i,"
          + " 'general', v.c, v.cur, '{stripe}', 'active', now(), now(), now() from (values "
          + values + ") v(i, c, cur)");
      s.execute("insert into marketplace_rule (id, category, created_at) select"
          + " gen_random_uuid(), c, now() from unnest(array['moda', 'alimentos', 'hogar', 'libros',"
          + " 'papeleria', 'electronica', 'deportes', 'belleza']) c");
      StringBuilder rows = new StringBuilder();
      long now = System.currentTimeMillis() / 1000;
      for (int i = 0; i < products; i++) {
        int noun = skewed(random, NOUNS.length);
        int store = 1 + skewed(random, stores);
        String[] country = COUNTRIES[store % COUNTRIES.length];
        String name = capital(NOUNS[noun]) + " de " + MATERIALS[random.nextInt(MATERIALS.length)]
            + " " + ADJECTIVES[random.nextInt(ADJECTIVES.length)]
            + (random.nextInt(100) == 0 ? " " + RARE[random.nextInt(RARE.length)] : "");
        // prices: log-uniform around each noun's own level, in the store's currency
        double clp = (2_000 + noun * 900) * Math.exp(random.nextGaussian() * 0.6);
        long minor = Math.max(1, Math.round(clp * Double.parseDouble(country[2])
            * (country[1].equals("CLP") ? 1 : 100)));
        int stock = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(50);
        String status = random.nextInt(33) == 0 ? "draft" : "active";
        String at = java.time.Instant.ofEpochSecond(now - i * 7L).toString();
        rows.append(UUID.nameUUIDFromBytes(("p" + i).getBytes(StandardCharsets.UTF_8))).append('\t')
            .append(uuid("b", store)).append('\t').append("SKU").append(i).append('\t')
            .append(name).append('\t').append(CATEGORIES[noun]).append('\t').append(minor)
            .append('\t').append(country[1]).append('\t').append(stock).append('\t')
            .append(status).append('\t').append(at).append('\t').append(at).append('\n');
        if (rows.length() > 8_000_000 || i == products - 1) {
          c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy product (id, store_id, sku, name,"
              + " category, price_minor, currency, stock, status, created_at, updated_at) from stdin",
              new StringReader(rows.toString()));
          rows.setLength(0);
        }
      }
      s.execute("vacuum analyze marketplace_listing");
      s.execute("analyze product");
    }
  }

  /** 1,000 requests from a fixed seed, each with the SQL VITA sends for it. */
  static List<Request> mix(EmbeddedPostgres postgres, String base) throws Exception {
    Random random = new Random(1_000);
    List<String[]> deep = new ArrayList<>();
    Connection c = BenchSql.connect(postgres);
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select created_at, product_id from marketplace_listing"
            + " order by created_at desc, product_id desc offset (select count(*) / 2 from"
            + " marketplace_listing) limit 1")) {
      while (r.next()) {
        java.time.Instant at = r.getObject(1, java.time.OffsetDateTime.class).toInstant();
        deep.add(new String[] {Long.toString(at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000),
            r.getString(2)});
      }
    }
    List<Request> mix = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      String noun = NOUNS[skewed(random, NOUNS.length)];
      int kind = random.nextInt(100);
      if (kind < 30) {
        mix.add(search(c, base, noun.endsWith("a") || noun.endsWith("o") ? noun + "s" : noun, null, null));
      } else if (kind < 45) {
        mix.add(search(c, base, noun + " de " + MATERIALS[random.nextInt(MATERIALS.length)], null, null));
      } else if (kind < 55) {
        mix.add(search(c, base, RARE[random.nextInt(RARE.length)], null, null));
      } else if (kind < 65) {
        mix.add(search(c, base, typo(noun, random), null, null));
      } else if (kind < 80) {
        String prefix = noun.substring(0, Math.min(noun.length(), 3 + random.nextInt(3)));
        mix.add(new Request(base + "/api/v1/marketplace/suggest?q=" + enc(prefix),
            List.of(MarketplaceStatements.suggestPrefix(prefix))));
      } else if (kind < 90) {
        String category = CATEGORIES[skewed(random, CATEGORIES.length)];
        mix.add(search(c, base, noun, category.split("/")[0], random.nextBoolean() ? "CL" : null));
      } else if (kind < 95 || deep.isEmpty()) {
        String category = CATEGORIES[skewed(random, CATEGORIES.length)];
        mix.add(new Request(base + "/api/v1/marketplace/products?category=" + enc(category),
            List.of(MarketplaceStatements.page(null, category, null, "newest", null, 20, false))));
      } else {
        String cursor = MarketplaceStatements.cursor("newest", deep.get(0)[0],
            UUID.fromString(deep.get(0)[1]));
        mix.add(new Request(base + "/api/v1/marketplace/products?cursor=" + cursor,
            List.of(MarketplaceStatements.page(null, null, null, "newest", cursor, 20, false))));
      }
    }
    c.close();
    return mix;
  }

  /** A search and VITA's three statements for it (do the words match? the page, the facets). */
  static Request search(Connection c, String base, String q, String category, String country)
      throws Exception {
    String url = base + "/api/v1/marketplace/search?q=" + enc(q)
        + (category == null ? "" : "&category=" + enc(category))
        + (country == null ? "" : "&country=" + country);
    String exists = MarketplaceStatements.anyWordMatch(q, category, country);
    boolean typos;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(exists)) {
      typos = !(r.next() && r.getBoolean(1));
    }
    return new Request(url, List.of(exists,
        MarketplaceStatements.page(q, category, country, "relevance", null, 20, typos),
        MarketplaceStatements.facets(q, category, country, typos)));
  }

  /** Clients in a closed loop, each walking the mix from its own starting point. */
  static BenchLoad.Result measure(String name, List<Request> mix, int clients, int seconds)
      throws Exception {
    BenchLoad.Result result = BenchLoad.closedLoop(name, clients, seconds, c -> {
      int[] next = {c * (mix.size() / clients)};
      return () -> {
        Request request = mix.get(next[0]++ % mix.size());
        HttpResponse<String> response = BenchHttp.HTTP.send(
            HttpRequest.newBuilder(URI.create(request.url())).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200;
      };
    });
    if (!name.equals("warm-up")) {
      result.print("req/s");
    }
    return result;
  }

  /** The first 100 requests of the mix (pgbench takes at most 128 scripts), one script each. */
  static BenchLoad.Result pgbench(EmbeddedPostgres postgres, Path root, List<Request> mix,
      int clients, int seconds) throws Exception {
    List<Path> scripts = new ArrayList<>();
    Path dir = root.resolve("scripts");
    BenchVita.deleteTree(dir);
    Files.createDirectories(dir);
    for (int i = 0; i < 100; i++) {
      Path script = dir.resolve("q" + i + ".sql");
      Files.writeString(script, String.join(";\n", mix.get(i).sql()) + ";\n");
      scripts.add(script);
    }
    List<Long> nanos = BenchSql.pgbench(postgres, scripts, clients, seconds, root.resolve("pgbench"));
    BenchLoad.Result result = BenchLoad.summary("SQL (pgbench)", nanos, seconds, 0);
    result.print("req/s");
    return result;
  }

  static void explainAndSizes(EmbeddedPostgres postgres, Path root, List<Request> mix)
      throws Exception {
    StringBuilder out = new StringBuilder();
    try (Connection c = BenchSql.connect(postgres); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("select count(*) from marketplace_listing")) {
        r.next();
        out.append("-- marketplace_listing rows: ").append(r.getLong(1)).append("\n");
      }
      try (ResultSet r = s.executeQuery("select indexrelname, pg_size_pretty(pg_relation_size("
          + "indexrelid)) from pg_stat_user_indexes where relname = 'marketplace_listing'"
          + " union all select 'table (heap)', pg_size_pretty(pg_relation_size('marketplace_listing'))")) {
        while (r.next()) {
          out.append("-- ").append(r.getString(1)).append(": ").append(r.getString(2)).append('\n');
        }
      }
      Map<String, String> main = new java.util.LinkedHashMap<>();
      main.put("search page, common word", MarketplaceStatements.page("zapatos", null, null,
          "relevance", null, 20, false));
      main.put("search facets, common word", MarketplaceStatements.facets("zapatos", null, null, false));
      main.put("search page, typo", MarketplaceStatements.page("zapatso", null, null, "relevance",
          null, 20, true));
      main.put("search page, rare word", MarketplaceStatements.page("quetzal", null, null,
          "relevance", null, 20, false));
      main.put("suggest prefix", MarketplaceStatements.suggestPrefix("zap"));
      main.put("products, category, newest", MarketplaceStatements.page(null, "moda/ropa", null,
          "newest", null, 20, false));
      main.put("products, deep page", mix.stream().filter(r -> r.url().contains("cursor="))
          .findFirst().map(r -> r.sql().get(0)).orElse("select 1"));
      for (Map.Entry<String, String> query : main.entrySet()) {
        out.append("\n-- ").append(query.getKey()).append("\n-- ").append(query.getValue())
            .append("\n");
        try (ResultSet r = s.executeQuery("explain (analyze, buffers) " + query.getValue())) {
          while (r.next()) {
            out.append(r.getString(1)).append('\n');
          }
        }
      }
    }
    Files.writeString(root.resolve("explain.txt"), out.toString());
    System.out.println("EXPLAIN (ANALYZE, BUFFERS) and index sizes: " + root.resolve("explain.txt"));
  }

  /** An index skewed to the low end (a few categories, stores and words take most products). */
  static int skewed(Random random, int n) {
    return (int) Math.min(n - 1, Math.floor(n * Math.pow(random.nextDouble(), 2.5)));
  }

  static String typo(String word, Random random) {
    if (word.length() < 4) {
      return word + word.charAt(word.length() - 1);
    }
    int at = 1 + random.nextInt(word.length() - 2);
    char[] chars = word.toCharArray();
    char swap = chars[at];
    chars[at] = chars[at + 1];
    chars[at + 1] = swap;
    return new String(chars);
  }

  static String id(String kind, String number) {
    return "cast('00000000-0000-4000-8" + kind + "00-' || lpad(to_hex(" + number
        + "), 12, '0') as uuid)";
  }

  static String uuid(String kind, int number) {
    return String.format(Locale.ROOT, "00000000-0000-4000-8%s00-%012x", kind, number);
  }

  static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
