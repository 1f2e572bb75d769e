package com.vita.platform.storage;

import com.vita.platform.problems.ProblemException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts every storage call as {@code storage_operations_total{operation, result}}: {@code ok},
 * {@code refused} (the client's fault: wrong type, too large, unknown key) or {@code failed} (the
 * disk or S3), so a failing bucket shows on the dashboards before users report it.
 */
final class CountedDocumentStorage implements DocumentStorage, AutoCloseable {

  private static final Metadata OPERATIONS =
      Metadata.builder()
          .withName("storage_operations")
          .withDescription("Document storage calls, by operation and result")
          .build();

  private final DocumentStorage storage;
  // Looked up at the first call, not at creation: readiness probes create this bean while the
  // application is still deploying, before Payara has the application's metric registry.
  private final Supplier<MetricRegistry> metrics;

  CountedDocumentStorage(DocumentStorage storage, Supplier<MetricRegistry> metrics) {
    this.storage = storage;
    this.metrics = metrics;
  }

  @Override
  public StoredDocument store(InputStream content, DocumentKind kind, String originalName) {
    return counted("store", () -> storage.store(content, kind, originalName));
  }

  @Override
  public InputStream open(String key) {
    return counted("open", () -> storage.open(key));
  }

  @Override
  public Optional<URI> temporaryLink(String key, Duration validity) {
    return counted("link", () -> storage.temporaryLink(key, validity));
  }

  @Override
  public void delete(String key) {
    counted(
        "delete",
        () -> {
          storage.delete(key);
          return null;
        });
  }

  @Override
  public StorageHealth health() {
    return storage.health(); // probes are not traffic
  }

  @Override
  public void close() throws Exception {
    if (storage instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  private <T> T counted(String operation, Supplier<T> call) {
    String result = "failed";
    try {
      T value = call.get();
      result = "ok";
      return value;
    } catch (ProblemException | IllegalArgumentException e) {
      result = "refused";
      throw e;
    } finally {
      metrics
          .get()
          .counter(OPERATIONS, new Tag("operation", operation), new Tag("result", result))
          .inc();
    }
  }
}
