package com.vita.platform.storage;

import com.vita.devstack.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Adobe S3Mock, an S3-compatible server, started as a process from its executable jar (which the
 * build copies to {@code target/s3mock/}). A separate process rather than in the test JVM: it is a
 * Spring Boot application whose dependencies would otherwise share the test class path. It starts
 * in about 4 s.
 */
public final class S3Mock implements AutoCloseable {

  private final Process process;
  private final URI endpoint;

  private S3Mock(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  public static S3Mock start(String... buckets) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("s3mock.jar", "target/s3mock/s3mock.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run the build's package phase first");
    }
    Path data = Files.createDirectories(Path.of("target", "s3mock"));
    Path root = Files.createTempDirectory(data, "store-");
    Path log = data.resolve("s3mock.log");
    int httpPort = FreePort.find();
    int httpsPort = FreePort.find();
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-jar",
                    jar.toString(),
                    "--com.adobe.testing.s3mock.httpPort=" + httpPort,
                    "--server.port=" + httpsPort,
                    "--server.address=127.0.0.1",
                    "--com.adobe.testing.s3mock.store.root=" + root.toAbsolutePath(),
                    "--com.adobe.testing.s3mock.store.initialBuckets=" + String.join(",", buckets)))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    S3Mock mock = new S3Mock(process, URI.create("http://127.0.0.1:" + httpPort));
    try {
      mock.awaitReady(Duration.ofSeconds(90), log);
    } catch (IOException | InterruptedException | RuntimeException e) {
      mock.close();
      throw e;
    }
    return mock;
  }

  public URI endpoint() {
    return endpoint;
  }

  private void awaitReady(Duration patience, Path log) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("S3Mock stopped: see " + log.toAbsolutePath());
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("S3Mock not ready in " + patience + ": see " + log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
