package com.vita.catalog.boundary;

import com.vita.catalog.control.PageCursor;
import com.vita.catalog.control.ProductImages;
import com.vita.catalog.entity.ImageSize;
import com.vita.catalog.entity.Product;
import com.vita.catalog.entity.ProductImage;
import com.vita.catalog.entity.StockMovement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The catalogue's JSON shapes. Text goes out exactly as stored: JSON-B escapes it for JSON, and a
 * client shows it as text (never as HTML); the responses are {@code application/json} with {@code
 * nosniff}, so no browser renders them as a page.
 */
final class CatalogViews {

  private CatalogViews() {}

  record ImageView(String id, int width, int height, Map<String, String> urls) {
    static ImageView of(ProductImage image) {
      Map<String, String> urls = new LinkedHashMap<>();
      for (ImageSize size : ImageSize.values()) {
        urls.put(
            Integer.toString(size.pixels()),
            "/api/v1/products/"
                + image.productId()
                + "/images/"
                + image.id()
                + "/"
                + size.pixels());
      }
      return new ImageView(image.id().toString(), image.width(), image.height(), urls);
    }
  }

  record ProductView(
      String id,
      String storeId,
      String sku,
      String name,
      String description,
      String category,
      BigDecimal price,
      String currency,
      int stock,
      Integer weightGrams,
      String dimensions,
      String status,
      List<ImageView> images,
      Instant createdAt,
      Instant updatedAt) {

    static ProductView of(Product p, List<ProductImage> images) {
      return new ProductView(
          p.id().toString(),
          p.storeId().toString(),
          p.sku(),
          p.name(),
          p.description(),
          p.category(),
          p.price().amount(),
          p.price().currency().getCurrencyCode(),
          p.stock(),
          p.weightGrams(),
          p.dimensions() == null ? null : p.dimensions().toString(),
          p.status().value(),
          images.stream().map(ImageView::of).toList(),
          p.createdAt(),
          p.updatedAt());
    }
  }

  /** Views of a page of products, their images read in one query. */
  static List<ProductView> products(List<Product> products, ProductImages images) {
    Map<UUID, List<ProductImage>> pictures = images.of(products.stream().map(Product::id).toList());
    return products.stream().map(p -> ProductView.of(p, pictures.get(p.id()))).toList();
  }

  record ProductPage(List<ProductView> items, String nextCursor) {
    static String cursor(PageCursor next) {
      return next == null ? null : next.encoded();
    }
  }

  record MovementView(String id, int delta, int stockAfter, String reason, Instant createdAt) {
    static MovementView of(StockMovement m) {
      return new MovementView(
          m.id().toString(), m.delta(), m.stockAfter(), m.reason(), m.createdAt());
    }
  }

  record StockView(String productId, int stock, List<MovementView> movements) {}
}
