import com.vita.devstack.DatabaseSettings;
import com.vita.devstack.EmbeddedPostgres;
import com.vita.devstack.FreePort;
import com.vita.devstack.LocalSigningKey;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One VITA WAR on Payara Micro for a load bench: the production JVM flags of the official
 * payara/micro image (as bench/StartupVsBare.java), an embedded PostgreSQL of the bench's own under
 * target/bench/, a local token key. The API's request limits are lifted (every bench client comes
 * from 127.0.0.1, and the limits would refuse the attack before its body is read, hiding what is
 * measured); everything else is the WAR's defaults.
 */
final class BenchVita implements AutoCloseable {

  static final List<String> PRODUCTION_FLAGS =
      List.of(
          "-XX:MaxRAMPercentage=70.0",
          "-Xss512k",
          "-XX:+UseContainerSupport",
          "-Duser.timezone=UTC",
          "-Dfile.encoding=UTF-8",
          com.vita.devstack.PayaraMicroServer.JSON_PROVIDER);

  final Process process;
  final URI base;
  private final EmbeddedPostgres postgres;

  private BenchVita(Process process, URI base, EmbeddedPostgres postgres) {
    this.process = process;
    this.base = base;
    this.postgres = postgres;
  }

  /** Starts the WAR (name for its log and work directory) and waits for /health/ready. */
  static BenchVita start(String name, Path war) throws IOException, InterruptedException {
    return start(name, war, 10, Map.of());
  }

  /**
   * Starts the WAR on an embedded PostgreSQL of its own with a pool of at most {@code poolMax}
   * connections and the environment added (a null value removes a variable), and waits for
   * /health/ready.
   */
  static BenchVita start(String name, Path war, int poolMax, Map<String, String> environment)
      throws IOException, InterruptedException {
    Path root = Path.of("target/bench").toAbsolutePath();
    Path payara = Path.of("target/payara").toAbsolutePath();
    Path config = Path.of("server-config").toAbsolutePath();
    Files.createDirectories(root.resolve("logs"));
    Path data = root.resolve("postgres-" + name);
    deleteTree(data); // every run on a fresh database: figures of one run never see another's rows
    EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0);
    DatabaseSettings database =
        DatabaseSettings.fromUrl(postgres.jdbcUrl(), postgres.user(), postgres.password());
    Path postBoot =
        renderPostBoot(database, poolMax, root.resolve("post-boot-" + name + ".asadmin"));
    int port = FreePort.find();
    Path unpack = root.resolve("runtime").resolve(name);
    deleteTree(unpack); // a killed server leaves its domain behind, with an old database port
    Files.createDirectories(unpack);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(PRODUCTION_FLAGS);
    // BENCH_JVM_FLAGS adds flags, e.g. a JFR recording of the measured server.
    String extra = System.getenv().getOrDefault("BENCH_JVM_FLAGS", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(
        List.of(
            "-jar", payara.resolve("payara-micro.jar").toString(),
            "--deploy", war.toAbsolutePath().toString(),
            "--contextroot", "/",
            "--nohazelcast", "--disablephonehome",
            "--addlibs", payara.resolve("lib/postgresql.jar").toString(),
            "--prebootcommandfile", config.resolve("pre-boot-commands.asadmin").toString(),
            "--postbootcommandfile", postBoot.toString(),
            "--logproperties", config.resolve("logging.properties").toString(),
            "--port", Integer.toString(port),
            "--unpackdir", unpack.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.putAll(LocalSigningKey.environment(root.resolve("keys")));
    env.put("STORAGE_LOCAL_ROOT", root.resolve("storage").toString());
    // Every bench client is 127.0.0.1: the per-client limits would turn a load bench into a 429 test.
    env.put("RATE_LIMIT_MAX_REQUESTS", "1000000000");
    env.put("RATELIMIT_SENSITIVE_LIMIT", "10000000");
    env.remove("DATABASE_URL"); // the bench's own database, not the shell's
    env.remove("REDIS_URL");
    environment.forEach((key, value) -> {
      if (value == null) {
        env.remove(key);
      } else {
        env.put(key, value);
      }
    });
    builder.redirectErrorStream(true);
    builder.redirectOutput(log(name).toFile());
    Process process = builder.start();
    BenchVita vita = new BenchVita(process, URI.create("http://127.0.0.1:" + port), postgres);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
    while (System.nanoTime() < deadline) {
      if (statusOf(vita.base.resolve("/health/ready")) == 200) {
        return vita;
      }
      if (!process.isAlive()) {
        vita.close();
        throw new IllegalStateException(name + " exited early: see " + log(name));
      }
      Thread.sleep(250);
    }
    vita.close();
    throw new IllegalStateException(name + " was not ready within 8 minutes: see " + log(name));
  }

  /** The server's post-boot commands as the launcher renders them, written to {@code target}. */
  static Path renderPostBoot(DatabaseSettings database, int poolMax, Path target)
      throws IOException {
    String rendered =
        Files.readString(Path.of("server-config/post-boot-commands.asadmin"), StandardCharsets.UTF_8)
            .replace("${DB_POOL_MIN}", "2")
            .replace("${DB_POOL_MAX}", Integer.toString(poolMax))
            .replace("${DB_PROPERTIES}", database.asadminProperties());
    Files.writeString(target, rendered, StandardCharsets.UTF_8);
    return target;
  }

  /** The server's own PostgreSQL, e.g. to load data or run pgbench beside it. */
  EmbeddedPostgres postgres() {
    return postgres;
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path each : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
          Files.delete(each);
        }
      }
    }
  }

  static Path log(String name) {
    return Path.of("target/bench/logs").toAbsolutePath().resolve(name + ".log");
  }

  static int statusOf(URI uri) {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout(500);
      connection.setReadTimeout(10_000);
      try {
        return connection.getResponseCode();
      } finally {
        connection.disconnect();
      }
    } catch (IOException notYet) {
      return -1;
    }
  }

  /** Live threads of the server's JVM (from /proc), e.g. to see request threads pile up. */
  int threads() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
      if (line.startsWith("Threads:")) {
        return Integer.parseInt(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }

  /**
   * The request threads (Grizzly's {@code http-thread-pool}) from a thread dump: how many exist
   * and how many are inside a request (a servlet or filter frame on their stack) right now.
   */
  String requestThreads() throws IOException, InterruptedException {
    String dump = jcmd("Thread.print");
    Files.writeString(Path.of("target/bench/logs/threads-" + process.pid() + ".txt"), dump);
    int pool = 0;
    int busy = 0;
    for (String thread : dump.split("\n\n")) {
      if (thread.startsWith("\"http-thread-pool")) {
        pool++;
        if (thread.contains("doFilter") || thread.contains("HttpServlet.service")) {
          busy++;
        }
      }
    }
    return pool + " request threads, " + busy + " inside a request";
  }

  /** Heap in use after a full collection (jcmd GC.run, then GC.heap_info), in MB. */
  long heapAfterGcMb() throws IOException, InterruptedException {
    jcmd("GC.run");
    return heapUsedMb();
  }

  /** Heap in use right now (jcmd GC.heap_info, without collecting), in MB. */
  long heapUsedMb() throws IOException, InterruptedException {
    String info = jcmd("GC.heap_info");
    java.util.regex.Matcher used =
        java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
    return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
  }

  String jcmd(String what) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), what)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  /** Lines of the server's log that hold a Java stack frame. */
  static long stackTraceLines(String name) throws IOException {
    return Files.readAllLines(log(name), StandardCharsets.UTF_8).stream()
        .filter(line -> line.contains("\\tat ") || line.contains("\tat ") || line.contains("Exception"))
        .count();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    try {
      postgres.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
