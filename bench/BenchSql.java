import com.vita.devstack.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The limit beside VITA: the same SQL straight against its PostgreSQL, by JDBC or pgbench. */
final class BenchSql {

  private BenchSql() {}

  static Connection connect(EmbeddedPostgres postgres) throws Exception {
    Properties p = new Properties();
    p.setProperty("user", postgres.user());
    if (postgres.password() != null) {
      p.setProperty("password", postgres.password());
    }
    return DriverManager.getConnection(postgres.jdbcUrl(), p);
  }

  /**
   * Runs the script with pgbench (prepared statements, {@code clients} connections, for {@code
   * seconds}) and returns each transaction's latency in nanoseconds, from pgbench's own log.
   *
   * @param work a directory for the per-transaction logs and pgbench's output
   * @param variables pgbench {@code -D name=value} definitions for the script
   */
  static List<Long> pgbench(EmbeddedPostgres postgres, Path script, int clients, int seconds,
      Path work, String... variables) throws Exception {
    return pgbench(postgres, List.of(script), clients, seconds, work, variables);
  }

  /** The same with several scripts, each transaction one of them picked at random (equal weights). */
  static List<Long> pgbench(EmbeddedPostgres postgres, List<Path> scripts, int clients, int seconds,
      Path work, String... variables) throws Exception {
    Matcher m = Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(postgres.jdbcUrl());
    if (!m.find()) {
      throw new IllegalStateException("Cannot read " + postgres.jdbcUrl());
    }
    Path logs = work.resolve("tx");
    BenchVita.deleteTree(logs);
    Files.createDirectories(logs);
    List<String> command = new ArrayList<>(List.of(binary(), "-n", "-M", "prepared",
        "-c", Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds),
        "-l", "--log-prefix", logs.resolve("tx").toString(),
        "-h", m.group(1), "-p", m.group(2), "-U", postgres.user()));
    for (Path script : scripts) {
      command.add("-f");
      command.add(script.toString());
    }
    for (String variable : variables) {
      command.add("-D");
      command.add(variable);
    }
    command.add(m.group(3));
    Path output = work.resolve("pgbench.log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().put("PGPASSWORD", postgres.password() == null ? "" : postgres.password());
    if (builder.start().waitFor() != 0) {
      throw new IllegalStateException("pgbench failed: see " + output);
    }
    List<Long> nanos = new ArrayList<>();
    try (var files = Files.list(logs)) {
      for (Path log : (Iterable<Path>) files::iterator) {
        for (String line : Files.readAllLines(log)) {
          nanos.add(Long.parseLong(line.split(" ")[2]) * 1000);
        }
      }
    }
    return nanos;
  }

  static String binary() {
    for (String candidate : List.of("/usr/bin/pgbench", "/usr/lib/postgresql/17/bin/pgbench",
        "/usr/lib/postgresql/16/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    return "pgbench";
  }
}
