package com.vita.testing.probe;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the built WAR with this package's servlets added, for tests that must drive platform
 * beans (the mailer, the audit trail) inside the real server before any endpoint uses them. The WAR
 * that ships is never touched: the probes exist only in the copy.
 */
public final class ProbeWar {

  private static final String PACKAGE = ProbeWar.class.getPackageName().replace('.', '/');

  private ProbeWar() {}

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
