package com.vita.devstack;

import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Map;

/**
 * The run command ({@code ./mvnw -Prun}): VITA on {@code http://localhost:PORT} (8080), in the
 * foreground, with embedded PostgreSQL (data kept in {@code .vita/}) unless {@code DATABASE_URL} is
 * set. Ctrl-C, a TERM, or the end of the process that started it (Maven) stops the server and the
 * database cleanly; a {@link StackGuard} stops them when this JVM ends without doing so.
 */
public final class VitaDevServer {

  private VitaDevServer() {}

  public static void main(String[] args) throws Exception {
    PayaraMicroServer.Layout layout =
        new PayaraMicroServer.Layout(
            Path.of(System.getProperty("vita.war", "target/vita.war")),
            Path.of(System.getProperty("vita.payara.dir", "target/payara")),
            Path.of(System.getProperty("vita.server-config.dir", "server-config")),
            Path.of(System.getProperty("vita.data.dir", ".vita")).resolve("payara"));
    Path dataDir = Path.of(System.getProperty("vita.data.dir", ".vita")).toAbsolutePath();
    // first, so that whatever ends this JVM from here on, nothing it starts outlives it
    Process guard =
        StackGuard.start(VitaStack.embeddedPostgresDir(dataDir), dataDir.resolve("guard.log"));
    ParentWatch.exitWhenParentEnds();
    String port = LocalSettings.get("PORT");
    VitaStack stack;
    try {
      stack =
          VitaStack.start(
              layout,
              dataDir,
              port == null ? 8080 : Integer.parseInt(port),
              VitaStack.RedisWhenUnset.NONE,
              Map.of(),
              true);
    } catch (DeploymentFailed failed) { // e.g. VITA_ENV=production without its settings
      System.err.println(failed.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(stack), "vita-shutdown"));
    System.out.println(
        "VITA is ready on http://localhost:"
            + stack.server().port()
            + "  (health: /health/ready, API: /api/v1, OpenAPI: /openapi). Ctrl-C stops it.");
    stack.server().process().waitFor();
    // the guard's stdin must stay open until here, so its Process must not be collected before
    Reference.reachabilityFence(guard);
  }

  private static void stopQuietly(VitaStack stack) {
    try {
      stack.close();
    } catch (Exception e) {
      System.err.println("VITA did not stop cleanly: " + e);
    }
  }
}
