package com.vita.catalog.control;

import com.vita.catalog.entity.ImageSize;
import com.vita.catalog.entity.Product;
import com.vita.catalog.entity.ProductImage;
import com.vita.platform.http.MultipartForm;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.UnavailableProblem;
import com.vita.platform.storage.DocumentKind;
import com.vita.platform.storage.DocumentStorage;
import com.vita.platform.storage.DocumentTooLargeException;
import com.vita.platform.storage.TransactionalDocuments;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A product's pictures: uploaded by the store's owner (at most {@code
 * catalog.images.max-per-product} per product, each at most {@code catalog.images.max-bytes}),
 * rendered by {@link ImageRenditions} and kept as three renditions in document storage, in the same
 * fate as their row ({@link TransactionalDocuments}). Rendering holds one of {@code
 * catalog.images.concurrent-renders} permits, so a burst of uploads cannot fill the heap with
 * decoded pictures.
 */
@ApplicationScoped
public class ProductImages {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject ProductCatalog catalog;
  @Inject TransactionalDocuments documents;
  @Inject DocumentStorage storage;

  @Inject
  @ConfigProperty(name = "catalog.images.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "catalog.images.max-per-product", defaultValue = "10")
  int maxPerProduct;

  @Inject
  @ConfigProperty(name = "catalog.images.max-pixels", defaultValue = "100000000")
  long maxPixels;

  @Inject
  @ConfigProperty(name = "catalog.images.concurrent-renders", defaultValue = "2")
  int concurrentRenders;

  Clock clock = Clock.systemUTC();
  private Semaphore renders;
  private ImageRenditions renditions;

  @PostConstruct
  void start() {
    renders = new Semaphore(Math.max(1, concurrentRenders), true);
    renditions = new ImageRenditions(maxPixels);
  }

  /** The most images a product may have. */
  public int maxPerProduct() {
    return maxPerProduct;
  }

  /**
   * Adds the pictures to the product, in order. The product row is locked while counting, so two
   * uploads at once cannot pass the limit together; a refused picture leaves nothing stored.
   *
   * @throws ProblemException 400 beyond the limit or for an unreadable or oversized picture, 413
   *     for a file over the byte limit, 415 for one that is not JPEG, PNG or WebP
   */
  @Transactional
  public List<ProductImage> add(UUID productId, List<MultipartForm.File> uploads) {
    catalog.ownedByCaller(productId);
    Product product = entityManager.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE);
    if (uploads.isEmpty()) {
      throw ProblemException.invalidField("image", "at least one image is required");
    }
    long existing =
        entityManager
            .createNamedQuery(ProductImage.COUNT_OF_PRODUCT, Long.class)
            .setParameter("product", product.id())
            .getSingleResult();
    if (existing + uploads.size() > maxPerProduct) {
      throw ProblemException.invalidField(
          "image",
          "a product has at most " + maxPerProduct + " images; it has " + existing + " already");
    }
    List<ProductImage> added = new ArrayList<>();
    for (MultipartForm.File upload : uploads) {
      ImageRenditions.Rendered rendered = rendered(read(upload.content()));
      Map<ImageSize, String> keys = new EnumMap<>(ImageSize.class);
      rendered
          .renditions()
          .forEach(
              (size, r) ->
                  keys.put(
                      size,
                      documents
                          .store(
                              new ByteArrayInputStream(r.bytes()), DocumentKind.PRODUCT_IMAGE, null)
                          .key()));
      ProductImage image =
          new ProductImage(
              product.id(),
              rendered.mediaType(),
              rendered.largest().width(),
              rendered.largest().height(),
              keys,
              clock.instant().truncatedTo(ChronoUnit.MICROS));
      entityManager.persist(image);
      added.add(image);
    }
    return added;
  }

  /** The images of each of these products, in upload order (one query for a whole page). */
  public Map<UUID, List<ProductImage>> of(Collection<UUID> productIds) {
    Map<UUID, List<ProductImage>> byProduct = new LinkedHashMap<>();
    productIds.forEach(id -> byProduct.put(id, new ArrayList<>()));
    if (productIds.isEmpty()) {
      return byProduct;
    }
    entityManager
        .createQuery(
            "select i from ProductImage i where i.productId in :products order by i.createdAt, i.id",
            ProductImage.class)
        .setParameter("products", productIds)
        .getResultList()
        .forEach(i -> byProduct.get(i.productId()).add(i));
    return byProduct;
  }

  /** The product's images. */
  public List<ProductImage> of(UUID productId) {
    return of(List.of(productId)).get(productId);
  }

  /** One rendition's content and type, for a product the caller may see (else 404). */
  public record Content(String mediaType, InputStream bytes) {}

  public Content open(UUID productId, UUID imageId, ImageSize size) {
    catalog.visible(productId);
    ProductImage image = entityManager.find(ProductImage.class, imageId);
    if (image == null || !image.productId().equals(productId)) {
      throw new NotFoundProblem("No such image");
    }
    return new Content(image.mediaType(), storage.open(image.key(size)));
  }

  private ImageRenditions.Rendered rendered(byte[] upload) {
    boolean permitted = false;
    try {
      permitted = renders.tryAcquire(30, TimeUnit.SECONDS);
      if (!permitted) {
        throw new UnavailableProblem("Too many images are being processed; try again shortly", 5);
      }
      return renditions.render(upload);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableProblem("Interrupted while waiting to process the image", 5);
    } finally {
      if (permitted) {
        renders.release();
      }
    }
  }

  private byte[] read(InputStream content) {
    try {
      byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new DocumentTooLargeException(maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
