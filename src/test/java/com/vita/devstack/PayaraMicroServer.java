package com.vita.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * VITA's WAR on Payara Micro in a child JVM, as it runs in production: the datasource comes from
 * {@code server-config/post-boot-commands.asadmin} rendered with this database's settings, the JDBC
 * driver is added to the server's class path, logs are JSON, the JVM runs in UTC.
 */
public final class PayaraMicroServer implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(PayaraMicroServer.class.getName());
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

  /** Where the build put things and how this server should run. */
  public record Layout(Path war, Path payaraDir, Path serverConfigDir, Path workDir) {
    Path payaraJar() {
      return payaraDir.resolve("payara-micro.jar");
    }

    Path jdbcDriver() {
      return payaraDir.resolve("lib").resolve("postgresql.jar");
    }
  }

  private final Process process;
  private final int port;
  private final Path log;
  private final ServerOutput output; // followed here for the run command, else read from the log

  private PayaraMicroServer(Process process, int port, Path log, ServerOutput output) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.output = output;
  }

  /**
   * Starts the server and waits until {@code /health/ready} answers 200.
   *
   * @param environment variables for the server on top of this process's own (REDIS_URL, ...)
   * @param inheritIo true to share this terminal (the run command), false to log to a file
   * @throws DeploymentFailed when Payara booted without VITA (it refused to start, or failed)
   */
  public static PayaraMicroServer start(
      Layout layout,
      DatabaseSettings database,
      int port,
      Map<String, String> environment,
      boolean inheritIo)
      throws IOException, InterruptedException {
    requireFree(port);
    Files.createDirectories(layout.workDir());
    // A server that was killed leaves its domain (the pool with that run's database port) in the
    // unpack dir, and the next boot would keep it; a clean stop deletes it.
    FileTree.delete(layout.workDir().resolve("runtime").resolve("config"));
    Path commands = renderPostBootCommands(layout, database);
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.addAll(
        List.of(
            "-Duser.timezone=UTC",
            "-Dfile.encoding=UTF-8",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xshare:auto",
            "-jar",
            layout.payaraJar().toString(),
            "--deploy",
            layout.war().toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(port),
            "--nohazelcast",
            "--disablephonehome",
            "--addlibs",
            layout.jdbcDriver().toString(),
            "--prebootcommandfile",
            layout.serverConfigDir().resolve("pre-boot-commands.asadmin").toString(),
            "--postbootcommandfile",
            commands.toString(),
            "--logproperties",
            layout.serverConfigDir().resolve("logging.properties").toString(),
            "--unpackdir",
            layout.workDir().resolve("runtime").toString()));
    coverageAgent().ifPresent(agent -> command.add(1, agent)); // right after the java executable
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    Path log = layout.workDir().resolve("payara.log");
    builder.redirectErrorStream(true);
    if (inheritIo) {
      // Through this JVM rather than inherited, so a failed deployment is seen (ServerOutput).
      builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
    } else {
      builder.redirectOutput(log.toFile());
    }
    LOG.log(System.Logger.Level.INFO, "Starting Payara Micro on port {0} with {1}", port, database);
    Process process = builder.start();
    ServerOutput output = inheritIo ? ServerOutput.follow(process, System.out) : null;
    PayaraMicroServer server = new PayaraMicroServer(process, port, log, output);
    server.awaitReady();
    return server;
  }

  /** Payara only logs a failed bind and then never serves: refuse to start instead. */
  private static void requireFree(int port) {
    try (java.net.ServerSocket probe = new java.net.ServerSocket(port)) {
      probe.setReuseAddress(true);
    } catch (IOException inUse) {
      throw new IllegalStateException(
          "Port " + port + " is already in use: stop what holds it or set PORT to another port");
    }
  }

  public int port() {
    return port;
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public Process process() {
    return process;
  }

  /** The server's output when it logs to a file (not the run command's terminal). */
  public Path log() {
    return log;
  }

  /** Kills the server at once (SIGKILL), as a crashed instance: nothing of it runs to the end. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** Stops the server the way a container stop does (SIGTERM), forcibly if it hangs. */
  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private void awaitReady() throws InterruptedException, IOException {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    URI ready = baseUri().resolve("/health/ready");
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited with " + process.exitValue() + " before it was ready" + logTail());
      }
      int status = statusOf(ready);
      if (status == 200) {
        return;
      }
      if (status == 503) { // not deployed yet, or never will be
        ServerOutput seen = output != null ? output : ServerOutput.read(log);
        if (seen.booted() && bodyOf(ready).contains("No Application deployed")) {
          close(); // Payara would go on running without VITA
          throw new DeploymentFailed(
              seen.errors(), output != null ? "" : "\n(the whole log: " + log + ")");
        }
      }
      Thread.sleep(250);
    }
    close();
    throw new IllegalStateException(
        "Payara Micro was not ready within " + READY_TIMEOUT + logTail());
  }

  private String logTail() throws IOException {
    if (!Files.exists(log)) {
      return "";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return "; last lines of "
        + log
        + ":\n"
        + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static int statusOf(URI uri) {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout(1000);
      connection.setReadTimeout(5000);
      try {
        return connection.getResponseCode();
      } finally {
        connection.disconnect();
      }
    } catch (IOException notYet) {
      return -1;
    }
  }

  private static String bodyOf(URI uri) {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout(1000);
      connection.setReadTimeout(5000);
      try (InputStream body =
          connection.getResponseCode() < 400
              ? connection.getInputStream()
              : connection.getErrorStream()) {
        return body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
      } finally {
        connection.disconnect();
      }
    } catch (IOException notNow) {
      return "";
    }
  }

  private static Path renderPostBootCommands(Layout layout, DatabaseSettings database)
      throws IOException {
    String template =
        Files.readString(
            layout.serverConfigDir().resolve("post-boot-commands.asadmin"), StandardCharsets.UTF_8);
    String rendered =
        template
            .replace("${DB_POOL_MIN}", LocalSettings.get("DB_POOL_MIN", "2"))
            .replace("${DB_POOL_MAX}", LocalSettings.get("DB_POOL_MAX", "10"))
            .replace("${DB_PROPERTIES}", database.asadminProperties());
    Path commands = layout.workDir().resolve("post-boot-commands.asadmin");
    Files.writeString(commands, rendered, StandardCharsets.UTF_8);
    commands.toFile().setReadable(false, false); // it holds the database password
    commands.toFile().setReadable(true, true);
    return commands;
  }

  /**
   * JaCoCo's {@code -javaagent:...} when the build measures coverage: Failsafe sets {@code
   * vita.jacoco.agent} for the integration tests; the run command never does.
   */
  private static java.util.Optional<String> coverageAgent() {
    return java.util.Optional.ofNullable(System.getProperty("vita.jacoco.agent"))
        .filter(agent -> agent.startsWith("-javaagent:"));
  }

  private static String javaExecutable() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
