package com.vita.platform.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/** Chooses where documents go: S3 when {@code storage.s3.bucket} is set, else the local disk. */
@ApplicationScoped
public class DocumentStorageProducer {

  private static final System.Logger LOG =
      System.getLogger(DocumentStorageProducer.class.getName());

  @Inject Config config;

  @Inject Instance<MetricRegistry> metrics;

  @Produces
  @ApplicationScoped
  DocumentStorage documentStorage() {
    return new CountedDocumentStorage(chosen(), metrics::get);
  }

  private DocumentStorage chosen() {
    StorageSettings settings = StorageSettings.from(config);
    if (settings.usesS3()) {
      LOG.log(
          System.Logger.Level.INFO,
          "Documents go to S3 bucket {0} (region {1}, endpoint {2}, {3})",
          settings.bucket(),
          settings.region() == null ? "from the environment" : settings.region(),
          settings.endpoint() == null ? "AWS" : settings.endpoint(),
          settings.kmsKeyId() == null ? "SSE-S3" : "SSE-KMS");
      return new S3DocumentStorage(
          settings, DefaultCredentialsProvider.builder().build(), Clock.systemUTC());
    }
    LOG.log(
        System.Logger.Level.INFO,
        "No STORAGE_S3_BUCKET: documents go to the local directory {0}",
        settings.localRoot().toAbsolutePath());
    return new LocalDiskStorage(settings.localRoot(), settings.maxBytes(), Clock.systemUTC());
  }

  void close(@Disposes DocumentStorage storage) {
    if (storage instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.log(System.Logger.Level.WARNING, "Closing the S3 client failed", e);
      }
    }
  }
}
