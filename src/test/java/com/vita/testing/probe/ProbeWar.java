package com.vita.testing.probe;

import com.vita.devstack.FreePort;
import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.VitaTestServer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of the built WAR with this package's servlets added, for tests that must drive platform
 * beans (the mailer, the audit trail) inside the real server before any endpoint uses them. The WAR
 * that ships is never touched: the probes exist only in the copy.
 */
public final class ProbeWar {

  private static final String PACKAGE = ProbeWar.class.getPackageName().replace('.', '/');

  private ProbeWar() {}

  /**
   * A Payara Micro of the test's own running the probe WAR on the shared server's database, with
   * the given environment; {@code instance} names its work folder, so several can run side by side.
   */
  public static PayaraMicroServer startServer(String instance, Map<String, String> environment)
      throws IOException, InterruptedException {
    PayaraMicroServer.Layout shared = VitaTestServer.layout(instance);
    Path war = build(shared.war(), shared.workDir().resolve("vita-probe.war"));
    return PayaraMicroServer.start(
        new PayaraMicroServer.Layout(
            war, shared.payaraDir(), shared.serverConfigDir(), shared.workDir()),
        VitaTestServer.stack().database(),
        FreePort.find(),
        environment,
        false);
  }

  public static Path build(Path war, Path copy) throws IOException {
    Files.createDirectories(copy.getParent());
    Files.copy(war, copy, StandardCopyOption.REPLACE_EXISTING);
    Path probes = testClasses().resolve(PACKAGE);
    List<Path> classes;
    try (Stream<Path> files = Files.list(probes)) {
      classes = files.filter(f -> f.toString().endsWith("Probe.class")).toList();
    }
    try (FileSystem zip = FileSystems.newFileSystem(copy)) {
      Path target = zip.getPath("WEB-INF", "classes", PACKAGE);
      Files.createDirectories(target);
      for (Path probe : classes) {
        Files.copy(probe, target.resolve(probe.getFileName().toString()));
      }
    }
    return copy;
  }

  private static Path testClasses() {
    try {
      return Path.of(ProbeWar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
