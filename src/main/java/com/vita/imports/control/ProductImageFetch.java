package com.vita.imports.control;

import com.vita.platform.storage.DocumentKind;
import com.vita.platform.storage.DocumentStorage;
import com.vita.platform.storage.StoredDocument;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The job's second step: fetches the image URLs the rows named ({@link SafeImageFetch}) and keeps
 * each image in storage as a product image, recording the outcome per row in {@code import_image}.
 * Catalog offers no method yet to attach an image to a product by SKU, so the stored key waits
 * there for it. Restartable: only URLs still pending are fetched.
 */
@Named
@Dependent
public class ProductImageFetch extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @Inject DocumentStorage storage;

  @Inject ImportProgress progress;

  @Inject
  @ConfigProperty(name = "import.images.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "import.images.timeout-seconds", defaultValue = "10")
  int timeoutSeconds;

  @Inject
  @ConfigProperty(name = "import.images.max-redirects", defaultValue = "3")
  int maxRedirects;

  private volatile boolean stopped;

  @Override
  public String process() throws Exception {
    SafeImageFetch fetch =
        SafeImageFetch.standard(maxBytes, Duration.ofSeconds(timeoutSeconds), maxRedirects);
    UUID id = UUID.fromString(importId);
    List<Object[]> pending = progress.pendingImages(id);
    for (Object[] image : pending) {
      if (stopped) {
        return "STOPPED";
      }
      long row = ((Number) image[0]).longValue();
      try {
        byte[] body = fetch.fetch((String) image[1]);
        StoredDocument stored =
            storage.store(new ByteArrayInputStream(body), DocumentKind.PRODUCT_IMAGE, null);
        progress.imageOutcome(id, row, "stored", stored.key(), null);
      } catch (SafeImageFetch.Refused e) {
        progress.imageOutcome(id, row, "refused", null, "The URL " + e.getMessage());
      } catch (RuntimeException e) {
        progress.imageOutcome(
            id, row, "refused", null, "The URL is no JPEG or PNG image within the limits");
      }
    }
    return "COMPLETED";
  }

  @Override
  public void stop() {
    stopped = true;
  }
}
