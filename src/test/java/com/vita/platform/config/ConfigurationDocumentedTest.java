package com.vita.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every configuration key the code reads is listed in docs/configuration.md. */
class ConfigurationDocumentedTest {

  private static final Path DOCUMENT = Path.of("docs/configuration.md");

  /** The ways code reads configuration: MP Config in the WAR, settings in the launcher. */
  private static final List<Pattern> READS =
      List.of(
          Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\""),
          Pattern.compile("get(?:Optional)?Value\\(\\s*\"([^\"]+)\""),
          Pattern.compile("LocalSettings\\.get\\(\\s*\"([^\"]+)\""),
          Pattern.compile("System\\.getenv\\(\\s*\"([^\"]+)\""),
          Pattern.compile("System\\.getProperty\\(\\s*\"(vita\\.[^\"]+)\""));

  @Test
  void everyKeyReadByTheCodeIsDocumented() throws IOException {
    String documented = Files.readString(DOCUMENT);
    Set<String> missing = new TreeSet<>();
    for (String key :
        keysReadBy(Path.of("src/main/java"), Path.of("src/test/java/com/vita/devstack"))) {
      if (!documented.contains("`" + key + "`")) {
        missing.add(key);
      }
    }
    for (String key : packagedKeys()) {
      if (!documented.contains("`" + key + "`")) {
        missing.add(key);
      }
    }
    assertEquals(Set.of(), missing, "keys missing from " + DOCUMENT);
  }

  @Test
  void theScanFindsTheKeysItShould() throws IOException {
    // Guards the test above against a scan that silently finds nothing.
    Set<String> keys =
        keysReadBy(Path.of("src/main/java"), Path.of("src/test/java/com/vita/devstack"));
    assertTrue(
        keys.containsAll(Set.of("cors.origins", "DATABASE_URL", "PORT", "vita.war")),
        keys::toString);
  }

  private static Set<String> keysReadBy(Path... roots) throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(f -> f.toString().endsWith(".java"))
            .map(ConfigurationDocumentedTest::read)
            .forEach(
                source -> {
                  for (Pattern read : READS) {
                    Matcher matcher = read.matcher(source);
                    while (matcher.find()) {
                      keys.add(matcher.group(1));
                    }
                  }
                });
      }
    }
    return keys;
  }

  private static Set<String> packagedKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String line :
        Files.readAllLines(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
      if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
        keys.add(line.substring(0, line.indexOf('=')).trim());
      }
    }
    return keys;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
