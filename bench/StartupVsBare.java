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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of VITA next to a bare Payara Micro (no application), alternated: bare, VITA, bare,
 * VITA, ... (or bare, baseline, VITA, ... when a baseline WAR is given) with the same JVM flags, the same Payara options that are not about the application,
 * a fresh free port and a fresh unpack directory each. Run through bench/startup-vs-bare.sh, which
 * builds the class path; everything it writes is under target/bench/.
 *
 * <p>Time is from just before the JVM is forked to the first HTTP answer: any status for the bare
 * server (it has nothing to serve), 200 from /health/ready for VITA. RSS is VmRSS of that JVM at
 * that moment; CPU is the JVM's user and system time until then. Each VITA run migrates nothing (the database is migrated by an unmeasured warm-up
 * round), as every start but the first does in production and in the test suite.
 */
public final class StartupVsBare {

  /**
   * Production flags: what the official payara/micro image starts the server with (its entry
   * point: -XX:MaxRAMPercentage=70.0 -Xss512k -XX:+UseContainerSupport), the JVM's default
   * collector (G1 on this machine), full tiered compilation, and VITA's UTC and UTF-8.
   */
  static final List<String> RUN_FLAGS =
      List.of(
          "-Duser.timezone=UTC",
          "-Dfile.encoding=UTF-8",
          "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1",
          "-Xshare:auto");

  record Sample(double seconds, long rssKb, double cpuSeconds) {}

  /** One kind of server the bench starts each round. */
  record Contestant(String name, List<String> arguments, Map<String, String> environment, String path) {
    boolean isBare() {
      return name.equals("bare");
    }
  }

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    String flagSet = args.length > 1 ? args[1] : "production";
    List<String> flags = new ArrayList<>(flagSet.equals("run") ? RUN_FLAGS : BenchVita.PRODUCTION_FLAGS);
    String extra = env("BENCH_JVM_FLAGS", "").trim();
    if (!extra.isEmpty()) {
      flags.addAll(List.of(extra.split("\\s+")));
    }
    Path root = Path.of("target/bench").toAbsolutePath();
    Path payara = Path.of("target/payara").toAbsolutePath();
    Path config = Path.of("server-config").toAbsolutePath();
    // For trying a cut: BENCH_WAR / BENCH_ADDLIBS / BENCH_PREBOOT replace VITA's WAR, add jars to
    // its server class path (":a.jar:dir") or replace its pre-boot commands; BENCH_BASELINE_WAR
    // (with BENCH_BASELINE_ADDLIBS) adds a third server to each round, e.g. the WAR before a cut.
    Path war = Path.of(env("BENCH_WAR", "target/vita.war")).toAbsolutePath();
    Path preBoot =
        Path.of(env("BENCH_PREBOOT", "server-config/pre-boot-commands.asadmin")).toAbsolutePath();
    String baselineWar = env("BENCH_BASELINE_WAR", "");
    Files.createDirectories(root.resolve("logs"));
    System.out.printf(
        Locale.ROOT,
        "WAR %s: %.1f MB; %d runs of each, alternated after one warm-up round; JVM flags (%s): %s%n",
        war,
        Files.size(war) / 1e6,
        runs,
        flagSet,
        String.join(" ", flags));

    try (EmbeddedPostgres postgres = EmbeddedPostgres.start(root.resolve("postgres"), 0)) {
      DatabaseSettings database =
          DatabaseSettings.fromUrl(postgres.jdbcUrl(), postgres.user(), postgres.password());
      Path postBoot = BenchVita.renderPostBoot(database, 10, root.resolve("post-boot-commands.asadmin"));
      Map<String, String> vitaEnvironment =
          new HashMap<>(LocalSigningKey.environment(root.resolve("keys")));
      vitaEnvironment.put("STORAGE_LOCAL_ROOT", root.resolve("storage").toString());

      List<Contestant> contestants = new ArrayList<>();
      if (!"vita".equals(env("BENCH_ONLY", ""))) { // BENCH_ONLY=vita: VITA alone, for profiling
        contestants.add(
            new Contestant("bare", List.of("--nohazelcast", "--disablephonehome"), Map.of(), "/"));
      }
      // BENCH_BASELINE_WAR="a.war b.war": each is a server of its own in every round, named
      // "baseline" (the first) or after its file (the others), e.g. the WAR before each of two cuts
      String[] baselines = baselineWar.isBlank() ? new String[0] : baselineWar.trim().split("\\s+");
      for (int i = 0; i < baselines.length; i++) {
        String stem = Path.of(baselines[i]).getFileName().toString().replaceFirst("\\.war$", "");
        contestants.add(
            new Contestant(
                i == 0 ? "baseline" : stem,
                vitaArguments(
                    Path.of(baselines[i]).toAbsolutePath(),
                    payara,
                    env("BENCH_BASELINE_ADDLIBS", ""),
                    config.resolve("pre-boot-commands.asadmin"),
                    postBoot,
                    config),
                vitaEnvironment,
                "/health/ready"));
      }
      contestants.add(
          new Contestant(
              "vita",
              vitaArguments(war, payara, env("BENCH_ADDLIBS", ""), preBoot, postBoot, config),
              vitaEnvironment,
              "/health/ready"));

      // Warm-up, not counted: migrates the bench database and fills the page cache for all.
      if (env("BENCH_ONLY", "").isEmpty()) {
        for (Contestant each : contestants) {
          start("warmup-" + each.name(), flags, payara, each, root);
        }
      }
      Map<String, List<Sample>> samples = new java.util.LinkedHashMap<>();
      for (int run = 1; run <= runs; run++) {
        StringBuilder line = new StringBuilder("run " + run + ":");
        Sample bare = null;
        for (Contestant each : contestants) {
          Sample sample = start(each.name() + "-" + run, flags, payara, each, root);
          samples.computeIfAbsent(each.name(), name -> new ArrayList<>()).add(sample);
          line.append(
              String.format(
                  Locale.ROOT,
                  " %s %.2f s %d MB cpu %.1f s",
                  each.name(),
                  sample.seconds(),
                  sample.rssKb() / 1024,
                  sample.cpuSeconds()));
          if (each.isBare()) {
            bare = sample;
          } else if (bare != null) {
            line.append(
                String.format(
                    Locale.ROOT,
                    " (x%.2f time, x%.2f RSS)",
                    sample.seconds() / bare.seconds(),
                    (double) sample.rssKb() / bare.rssKb()));
          }
          line.append(" |");
        }
        System.out.println(line);
      }
      List<Sample> bare = samples.get("bare");
      for (var entry : samples.entrySet()) {
        List<Sample> mine = entry.getValue();
        String summary =
            String.format(
                Locale.ROOT,
                "median %s: %.2f s, %d MB, cpu %.1f s",
                entry.getKey(),
                median(mine.stream().mapToDouble(Sample::seconds).toArray()),
                (long) median(mine.stream().mapToDouble(Sample::rssKb).toArray()) / 1024,
                median(mine.stream().mapToDouble(Sample::cpuSeconds).toArray()));
        if (bare != null && mine != bare) {
          double[] time = new double[mine.size()];
          double[] rss = new double[mine.size()];
          for (int i = 0; i < mine.size(); i++) {
            time[i] = mine.get(i).seconds() / bare.get(i).seconds();
            rss[i] = (double) mine.get(i).rssKb() / bare.get(i).rssKb();
          }
          summary +=
              String.format(
                  Locale.ROOT,
                  "; / bare of the same round: time x%.2f (runs %.2f-%.2f), RSS x%.2f (runs %.2f-%.2f)",
                  median(time),
                  min(time),
                  max(time),
                  median(rss),
                  min(rss),
                  max(rss));
        }
        System.out.println(summary);
      }
    }
  }

  static List<String> vitaArguments(
      Path war, Path payara, String addlibs, Path preBoot, Path postBoot, Path config) {
    return List.of(
        "--deploy",
        war.toString(),
        "--contextroot",
        "/",
        "--nohazelcast",
        "--disablephonehome",
        "--addlibs",
        payara.resolve("lib/postgresql.jar") + addlibs,
        "--prebootcommandfile",
        preBoot.toString(),
        "--postbootcommandfile",
        postBoot.toString(),
        "--logproperties",
        config.resolve("logging.properties").toString());
  }

  static String env(String name, String otherwise) {
    return System.getenv().getOrDefault(name, otherwise);
  }

  /** Starts one server, waits for its first answer, samples RSS, stops it. */
  static Sample start(String name, List<String> flags, Path payara, Contestant who, Path root)
      throws IOException, InterruptedException {
    int port = FreePort.find();
    Path unpack = root.resolve("runtime").resolve(name);
    BenchVita.deleteTree(unpack);
    Files.createDirectories(unpack);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.addAll(List.of("-jar", payara.resolve("payara-micro.jar").toString()));
    command.addAll(who.arguments());
    command.addAll(List.of("--port", Integer.toString(port), "--unpackdir", unpack.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(who.environment());
    builder.redirectErrorStream(true);
    builder.redirectOutput(root.resolve("logs").resolve(name + ".log").toFile());
    URI uri = URI.create("http://127.0.0.1:" + port + who.path());
    long started = System.nanoTime();
    Process process = builder.start();
    Path log = root.resolve("logs").resolve(name + ".log");
    // The bare server is asked every 100 ms from the start (its first answer, a 404, comes before
    // it logs that it is ready, and costs it next to nothing). VITA is left alone until its log
    // says the WAR is deployed (read from the log file, no request), then asked every 20 ms;
    // before that only once a second, in case the line never comes. Asking VITA every 100 ms
    // from the start (BENCH_POLL=http, as before) cost it about 1 s of CPU: each answer of
    // Payara's health servlet looks the JSON-P provider up through ~320 runtime jars, and a
    // deployment of ~20 s got ~200 of them, far more than any readiness probe sends.
    boolean httpOnly = env("BENCH_POLL", "log").equals("http");
    long logOffset = 0;
    boolean announced = httpOnly || who.isBare();
    long nextRequest = started;
    try {
      long deadline = started + TimeUnit.MINUTES.toNanos(6); // a loaded machine can take minutes
      while (System.nanoTime() < deadline) {
        if (!announced) {
          long size = Files.size(log);
          if (size > logOffset) {
            String fresh = readFrom(log, Math.max(0, logOffset - 64));
            announced = fresh.contains(" was successfully deployed in ") || fresh.contains(") ready in ");
            logOffset = size;
          }
        }
        if (!announced && System.nanoTime() < nextRequest) {
          if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited early: see target/bench/logs");
          }
          Thread.sleep(20);
          continue;
        }
        nextRequest = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        int status = BenchVita.statusOf(uri);
        if (who.isBare() ? status > 0 : status == 200) {
          double seconds = (System.nanoTime() - started) / 1e9;
          Sample sample = new Sample(seconds, rssKb(process.pid()), cpuSeconds(process.pid()));
          if (!env("BENCH_ONLY", "").isEmpty()) {
            System.out.println(name + " busiest threads: " + threadCpu(process.pid()));
          }
          // BENCH_CHECK="/a /b": after the sample, each path's status, to show a cut still serves it
          for (String path : env("BENCH_CHECK", "").split("\\s+")) {
            if (!path.isEmpty() && !who.isBare()) {
              System.out.println(name + " GET " + path + ": " + BenchVita.statusOf(uri.resolve(path)));
            }
          }
          return sample;
        }
        if (!process.isAlive()) {
          throw new IllegalStateException(name + " exited early: see target/bench/logs");
        }
        Thread.sleep(httpOnly || who.isBare() ? 100 : 20);
      }
      throw new IllegalStateException(name + " did not answer within 6 minutes");
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  static String readFrom(Path file, long offset) throws IOException {
    try (var in = new java.io.RandomAccessFile(file.toFile(), "r")) {
      in.seek(offset);
      byte[] bytes = new byte[(int) (in.length() - offset)];
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** User and system CPU time of the JVM so far: less sensitive than wall time to a busy machine. */
  static double cpuSeconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // USER_HZ
  }

  /** CPU seconds per thread name (numbers folded), busiest first: where a start's CPU went. */
  static String threadCpu(long pid) throws IOException {
    Map<String, Double> byName = new HashMap<>();
    try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        String stat = Files.readString(task.resolve("stat"));
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        byName.merge(name.replaceAll("\\d+", "N"), cpu, Double::sum);
      }
    }
    StringBuilder out = new StringBuilder();
    byName.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(8)
        .forEach(e -> out.append(String.format(Locale.ROOT, "%s %.1f s; ", e.getKey(), e.getValue())));
    return out.toString();
  }

  static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    throw new IOException("No VmRSS for " + pid);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double min(double[] values) {
    return java.util.Arrays.stream(values).min().orElse(Double.NaN);
  }

  static double max(double[] values) {
    return java.util.Arrays.stream(values).max().orElse(Double.NaN);
  }
}
