import com.vita.devstack.DatabaseSettings;
import com.vita.devstack.EmbeddedPostgres;
import com.vita.devstack.FreePort;
import com.vita.devstack.LocalSigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.postgresql.PGConnection;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The product import end to end through the API, beside the limits measured on the same file in
 * the same run: POI's SAX parse of the sheet alone, and PostgreSQL COPY of the same rows into a
 * table shaped like product, and the combined sequential limit rows / (t_SAX + t_COPY) that the
 * 50 % goal is judged against. VITA runs from the WAR on Payara Micro with production flags
 * (BenchVita.PRODUCTION_FLAGS) on an embedded PostgreSQL of its own, after an unmeasured
 * warm-up import. CPU seconds beside wall time; heap: "live" after a forced full GC every 10 s and
 * "used" every 250 ms (ImportProbes). Usage: bench/import.sh [rows] (default 100000); environment:
 * IMPORT_BENCH_WARM_UP_ROWS, IMPORT_BENCH_LIVE_EVERY_MS, IMPORT_BENCH_JVM_ARGS (e.g. JFR),
 * IMPORT_BENCH_EXPLAIN_MS (auto_explain of slower statements).
 */
public final class ImportBench {

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long liveEveryMs = Long.parseLong(StartupVsBare.env("IMPORT_BENCH_LIVE_EVERY_MS", "10000"));
    int warmUp = Integer.parseInt(StartupVsBare.env("IMPORT_BENCH_WARM_UP_ROWS", "20000"));
    Path root = Path.of("target/bench/import").toAbsolutePath();
    BenchVita.deleteTree(root);
    Files.createDirectories(root.resolve("logs"));
    Path file = root.resolve("products.xlsx");
    System.out.println("load average at the start: " + ImportProbes.load());
    long generated = System.nanoTime();
    generate(file, rows);
    System.out.printf(
        Locale.ROOT, "file: %d rows, %.1f MB (generated in %.1f s)%n", rows, Files.size(file) / 1e6,
        (System.nanoTime() - generated) / 1e9);

    saxParse(file, rows); // warm-up (the bench's JIT), as VITA gets one
    long self = ProcessHandle.current().pid();
    double saxCpu = StartupVsBare.cpuSeconds(self);
    double sax = seconds(() -> saxParse(file, rows));
    saxCpu = StartupVsBare.cpuSeconds(self) - saxCpu;
    System.out.printf(
        Locale.ROOT, "limit 1, SAX parse alone: %.2f s, %.0f rows/s (CPU %.2f s)%n", sax, rows / sax,
        saxCpu);

    Path config = Path.of("server-config").toAbsolutePath();
    Path payara = Path.of("target/payara").toAbsolutePath();
    Path data = root.resolve("postgres");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0)) {
      DatabaseSettings database =
          DatabaseSettings.fromUrl(postgres.jdbcUrl(), postgres.user(), postgres.password());
      double copyCpu = StartupVsBare.cpuSeconds(self) + ImportProbes.postgresCpuSeconds(data);
      double copy = seconds(() -> copy(postgres, rows));
      copyCpu = StartupVsBare.cpuSeconds(self) + ImportProbes.postgresCpuSeconds(data) - copyCpu;
      System.out.printf(
          Locale.ROOT, "limit 2, PostgreSQL COPY of the same rows alone: %.2f s, %.0f rows/s (CPU %.2f"
              + " s, the bench and PostgreSQL)%n", copy, rows / copy, copyCpu);
      double combined = sax + copy;
      System.out.printf(
          Locale.ROOT, "limit 3, combined sequential (parse, then write): %.2f s, %.0f rows/s (CPU %.2f"
              + " s)%n", combined, rows / combined, saxCpu + copyCpu);

      explainSlowStatements(postgres);
      Path postBoot = BenchVita.renderPostBoot(database, 10, root.resolve("post-boot-commands.asadmin"));
      Map<String, String> environment = new HashMap<>(LocalSigningKey.environment(root.resolve("keys")));
      environment.put("STORAGE_LOCAL_ROOT", root.resolve("storage").toString());
      environment.put("IMPORT_WORK_DIR", root.resolve("work").toString());
      String limit = Long.toString(Math.max(Files.size(file) * 2, 10L << 20));
      environment.put("IMPORT_MAX_BYTES", limit);
      environment.put("STORAGE_MAX_BYTES", limit);
      environment.put("REQUEST_MULTIPART_MAX_BYTES", limit);
      environment.put("IMPORT_MAX_ROWS", Integer.toString(rows + 1));
      environment.put("RATE_LIMIT_MAX_REQUESTS", "100000");
      int port = FreePort.find();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(BenchVita.PRODUCTION_FLAGS);
      String extra = System.getenv("IMPORT_BENCH_JVM_ARGS"); // e.g. a JFR recording to profile
      if (extra != null && !extra.isBlank()) {
        command.addAll(List.of(extra.trim().split("\\s+")));
      }
      command.addAll(List.of("-jar", payara.resolve("payara-micro.jar").toString()));
      command.addAll(
          StartupVsBare.vitaArguments(
              Path.of("target/vita.war").toAbsolutePath(), payara, "",
              config.resolve("pre-boot-commands.asadmin"), postBoot, config));
      command.addAll(
          List.of("--port", Integer.toString(port), "--unpackdir", root.resolve("runtime").toString()));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(environment);
      builder.redirectErrorStream(true);
      builder.redirectOutput(root.resolve("logs/vita.log").toFile());
      Process vita = builder.start();
      try {
        String base = "http://127.0.0.1:" + port;
        awaitReady(base + "/health/ready", vita);
        String token = BenchHttp.sellerToken(base);
        String store =
            BenchHttp.field(BenchHttp.post(base + "/api/v1/stores", token, "{\"name\":\"Bench store\",\"category\":\"ropa\",\"country\":\"CL\"}"), "storeId");
        if (warmUp > 0) {
          // a server in production has its code compiled: a small import first, not measured
          Path small = root.resolve("warm-up.xlsx");
          generate(small, warmUp);
          String other =
              BenchHttp.field(BenchHttp.post(base + "/api/v1/stores", token, "{\"name\":\"Warm-up store\",\"category\":\"ropa\",\"country\":\"CL\"}"), "storeId");
          importAndWait(base, token, other, small);
          System.out.printf(Locale.ROOT, "warm-up: a %d-row import (not measured)%n", warmUp);
        }
        long liveBefore = ImportProbes.liveKb(vita.pid()) / 1024;
        var threadsBefore = ImportProbes.threadCpu(vita.pid());
        double jvmCpu = StartupVsBare.cpuSeconds(vita.pid());
        double pgCpu = ImportProbes.postgresCpuSeconds(data);
        String status;
        double uploadSeconds;
        double vitaSeconds;
        ImportProbes.HeapSampler heap = new ImportProbes.HeapSampler(vita.pid(), liveEveryMs);
        try (heap) {
          long started = System.nanoTime();
          String job = BenchHttp.field(upload(base, token, store, file), "jobId");
          uploadSeconds = (System.nanoTime() - started) / 1e9;
          status = awaitEnd(base, token, job);
          vitaSeconds = (System.nanoTime() - started) / 1e9;
        }
        jvmCpu = StartupVsBare.cpuSeconds(vita.pid()) - jvmCpu;
        pgCpu = ImportProbes.postgresCpuSeconds(data) - pgCpu;
        double vitaCpu = jvmCpu + pgCpu;
        long liveAfter = ImportProbes.liveKb(vita.pid()) / 1024;
        System.out.println("VITA import status: " + status.replaceAll("\"errors\":\\[.*\\]", "\"errors\":[…]"));
        if (!status.contains("\"rowsCreated\":" + rows + ",")) {
          throw new IllegalStateException("VITA did not create every row");
        }
        System.out.printf(
            Locale.ROOT,
            "VITA end to end (upload to completed): %.2f s (the upload's 202 after %.2f s), %.0f rows/s"
                + " (CPU %.2f s: VITA's JVM %.2f s, PostgreSQL %.2f s)%n",
            vitaSeconds, uploadSeconds, rows / vitaSeconds, vitaCpu, jvmCpu, pgCpu);
        System.out.println("VITA's busiest threads during the import: "
            + ImportProbes.busiest(threadsBefore, ImportProbes.threadCpu(vita.pid())));
        System.out.printf(
            Locale.ROOT,
            "ratio VITA / SAX alone: %.1f %%; VITA / COPY alone: %.1f %%; VITA / combined sequential"
                + " limit: %.1f %% (the goal: >= 50 %% of the combined limit); by CPU seconds: %.1f %%%n",
            100 * sax / vitaSeconds, 100 * copy / vitaSeconds, 100 * combined / vitaSeconds,
            100 * (saxCpu + copyCpu) / vitaCpu);
        System.out.printf(
            Locale.ROOT,
            "VITA heap: live (after a full GC) %d MB before the import, peak %d MB during it (%d samples,"
                + " one every %d ms), %d MB after; peak used (garbage included) %d MB%n",
            liveBefore, heap.peakLiveMb(), heap.liveSamples(), liveEveryMs, liveAfter,
            heap.peakUsedMb());
        System.out.println("VITA live heap samples: " + heap.liveSeries());
        // The same rows written into VITA's own schema: tables LIKE product and stock_movement
        // (their indexes, checks and defaults; no foreign keys), a movement per stocked product.
        double schemaCpu = StartupVsBare.cpuSeconds(self) + ImportProbes.postgresCpuSeconds(data);
        double schemaCopy = seconds(() -> copyIntoSchema(postgres, rows));
        schemaCpu = StartupVsBare.cpuSeconds(self) + ImportProbes.postgresCpuSeconds(data) - schemaCpu;
        double schemaCombined = sax + schemaCopy;
        System.out.printf(
            Locale.ROOT,
            "limit 2b, COPY of the same rows into tables like VITA's product and stock_movement: %.2f s,"
                + " %.0f rows/s (CPU %.2f s); limit 3b, SAX then that: %.2f s, %.0f rows/s%n",
            schemaCopy, rows / schemaCopy, schemaCpu, schemaCombined, rows / schemaCombined);
        System.out.printf(
            Locale.ROOT,
            "ratio VITA / limit 3b (the same rows into the same schema): %.1f %%; by CPU seconds: %.1f %%%n",
            100 * schemaCombined / vitaSeconds, 100 * (saxCpu + schemaCpu) / vitaCpu);
        System.out.println("load average at the end: " + ImportProbes.load());
      } finally {
        vita.destroy();
        if (!vita.waitFor(30, TimeUnit.SECONDS)) {
          vita.destroyForcibly().waitFor();
        }
      }
    }
  }

  /** Polls the job's status once a second, as a client would, until it has ended. */
  static String awaitEnd(String base, String token, String job) throws Exception {
    String status;
    do {
      Thread.sleep(1000);
      status = BenchHttp.get(base + "/api/v1/import/status/" + job, token);
    } while (status.matches("(?s).*\"state\":\"(starting|started|stopping)\".*"));
    return status;
  }

  static String importAndWait(String base, String token, String store, Path file)
      throws Exception {
    return awaitEnd(base, token, BenchHttp.field(upload(base, token, store, file), "jobId"));
  }

  interface Work {
    void run() throws Exception;
  }

  static double seconds(Work work) throws Exception {
    long started = System.nanoTime();
    work.run();
    return (System.nanoTime() - started) / 1e9;
  }

  static void copyIntoSchema(EmbeddedPostgres postgres, int rows) throws Exception {
    try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password())) {
      c.createStatement().execute("create table bench.product_like (like public.product including all)");
      c.createStatement()
          .execute("create table bench.stock_movement_like (like public.stock_movement including all)");
      c.setAutoCommit(false);
      UUID store = UUID.randomUUID();
      String now = java.time.Instant.now().toString();
      StringBuilder products = new StringBuilder();
      StringBuilder movements = new StringBuilder();
      var copier = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI();
      for (int n = 1; n <= rows; n++) {
        List<Object> v = row(n);
        UUID id = UUID.randomUUID();
        int stock = (Integer) v.get(5);
        products.append(id).append(',').append(store).append(',').append(v.get(4)).append(',')
            .append(v.get(0)).append(',').append(v.get(1)).append(',').append(v.get(3)).append(',')
            .append(v.get(2)).append(",CLP,").append(stock).append(',').append(v.get(7))
            .append(",30,20,2,active,").append(now).append(',').append(now).append(",0\n");
        if (stock > 0) {
          movements.append(UUID.randomUUID()).append(',').append(id).append(',').append(stock)
              .append(',').append(stock).append(",import,").append(now).append('\n');
        }
        if (n % 10_000 == 0 || n == rows) {
          copier.copyIn(
              "copy bench.product_like (id, store_id, sku, name, description, category, price_minor,"
                  + " currency, stock, weight_grams, length_cm, width_cm, height_cm, status,"
                  + " created_at, updated_at, version) from stdin with (format csv)",
              new StringReader(products.toString()));
          copier.copyIn(
              "copy bench.stock_movement_like (id, product_id, delta, stock_after, reason, created_at)"
                  + " from stdin with (format csv)",
              new StringReader(movements.toString()));
          products.setLength(0);
          movements.setLength(0);
        }
      }
      c.commit();
    }
  }

  static List<Object> row(int n) {
    return List.of(
        "Producto " + n, "Descripción del producto número " + n, 1000 + n, "ropa", "B" + n, n % 100,
        "", 250, "30x20x2");
  }

  static void generate(Path file, int rows) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        OutputStream out = Files.newOutputStream(file)) {
      workbook.setCompressTempFiles(true);
      SXSSFSheet sheet = workbook.createSheet("productos");
      List<String> header =
          List.of("nombre", "descripción", "precio", "categoria", "sku", "stock", "imagen_url", "peso", "dimensiones");
      var h = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        h.createCell(c).setCellValue(header.get(c));
      }
      for (int n = 1; n <= rows; n++) {
        var r = sheet.createRow(n);
        List<Object> values = row(n);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v instanceof Number number) {
            r.createCell(c).setCellValue(number.doubleValue());
          } else if (!"".equals(v)) {
            r.createCell(c).setCellValue((String) v);
          }
        }
      }
      workbook.write(out);
    }
  }

  /** The sheet through XSSFReader and XSSFSheetXMLHandler, cells counted and dropped. */
  static void saxParse(Path file, int rows) throws Exception {
    AtomicLong cells = new AtomicLong();
    AtomicLong seen = new AtomicLong();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              new ReadOnlySharedStringsTable(pkg, false),
              new XSSFSheetXMLHandler.SheetContentsHandler() {
                public void startRow(int r) {}

                public void endRow(int r) {
                  seen.incrementAndGet();
                }

                public void cell(String ref, String value, XSSFComment comment) {
                  cells.addAndGet(value.length());
                }
              },
              false));
      try (InputStream sheet = reader.getSheetsData().next()) {
        parser.parse(new InputSource(sheet));
      }
    }
    if (seen.get() != rows + 1) {
      throw new IllegalStateException("parsed " + seen.get() + " rows");
    }
  }

  /** The same rows by COPY into a table shaped like product, in one transaction. */
  static void copy(EmbeddedPostgres postgres, int rows) throws Exception {
    try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password())) {
      // a schema of its own: VITA's Flyway later migrates an empty public schema
      c.createStatement().execute("create schema bench");
      c.createStatement()
          .execute(
              "create table bench.bench_product (id uuid primary key, store_id uuid not null, sku"
                  + " varchar(50) not null, name varchar(100) not null, description varchar(1000),"
                  + " category varchar(60), price_minor bigint not null, currency char(3) not null,"
                  + " stock int not null, weight_grams int, dimensions varchar(50), unique"
                  + " (store_id, sku))");
      c.setAutoCommit(false);
      UUID store = UUID.randomUUID();
      StringBuilder csv = new StringBuilder();
      var copier = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI();
      for (int n = 1; n <= rows; n++) {
        List<Object> v = row(n);
        csv.append(UUID.randomUUID()).append(',').append(store).append(',').append(v.get(4)).append(',')
            .append(v.get(0)).append(',').append(v.get(1)).append(',').append(v.get(3)).append(',')
            .append(v.get(2)).append(",CLP,").append(v.get(5)).append(',').append(v.get(7)).append(',')
            .append(v.get(8)).append('\n');
        if (n % 10_000 == 0 || n == rows) {
          copier.copyIn(
              "copy bench.bench_product (id, store_id, sku, name, description, category, price_minor,"
                  + " currency, stock, weight_grams, dimensions) from stdin with (format csv)",
              new StringReader(csv.toString()));
          csv.setLength(0);
        }
      }
      c.commit();
    }
  }

  /**
   * With IMPORT_BENCH_EXPLAIN_MS set, VITA's sessions log the plan of each statement slower than
   * that into PostgreSQL's log (auto_explain): to see where the database's time goes.
   */
  static void explainSlowStatements(EmbeddedPostgres postgres) throws Exception {
    String ms = System.getenv("IMPORT_BENCH_EXPLAIN_MS");
    if (ms == null || ms.isBlank()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password())) {
      c.createStatement().execute("load 'auto_explain'");
      c.createStatement().execute("alter system set session_preload_libraries = 'auto_explain'");
      c.createStatement().execute("alter system set auto_explain.log_min_duration = " + Integer.parseInt(ms.trim()));
      c.createStatement().execute("alter system set auto_explain.log_analyze = on");
      c.createStatement().execute("select pg_reload_conf()");
    }
  }

  static void awaitReady(String uri, Process vita) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    while (System.nanoTime() < deadline) {
      if (BenchVita.statusOf(URI.create(uri)) == 200) {
        return;
      }
      if (!vita.isAlive()) {
        throw new IllegalStateException("VITA exited: see target/bench/import/logs/vita.log");
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("VITA not ready in 4 minutes");
  }


  static String upload(String base, String token, String store, Path file) throws Exception {
    String boundary = "bench" + UUID.randomUUID();
    byte[] head =
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"storeId\"\r\n\r\n" + store
                + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"products.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/import/products/excel"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofByteArray(tail)));
    return BenchHttp.send(request, token);
  }

}
