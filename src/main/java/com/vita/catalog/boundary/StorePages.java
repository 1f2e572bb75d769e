package com.vita.catalog.boundary;

import com.vita.catalog.boundary.CatalogViews.ProductView;
import com.vita.catalog.control.PageCursor;
import com.vita.catalog.control.ProductImages;
import com.vita.catalog.control.ProductQueries;
import com.vita.catalog.entity.ProductStatus;
import com.vita.stores.control.StoreCard;
import com.vita.stores.control.StoreViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * Builds a store's public page: the store and a keyset page of its active products, and counts the
 * view ({@code StoreViews}). Shared by the page by id and the page at the store's address.
 */
@RequestScoped
public class StorePages {

  @Inject StoreViews views;
  @Inject ProductQueries queries;
  @Inject ProductImages images;

  /** What a public page shows of the store. */
  public record StoreSummary(
      String id,
      String name,
      String slug,
      String category,
      String country,
      String currency,
      Set<String> paymentMethods,
      boolean active) {
    static StoreSummary of(StoreCard s) {
      return new StoreSummary(
          s.id().toString(),
          s.name(),
          s.slug(),
          s.category(),
          s.country() == null ? null : s.country().value(),
          s.currency(),
          s.paymentMethods(),
          s.active());
    }
  }

  /** The page: the store, a page of its products and the cursor of the next page. */
  public record StorePage(
      String storeId, StoreSummary store, List<ProductView> products, String nextCursor) {}

  StorePage page(StoreCard store, String cursor, Integer limit) {
    PageCursor after = PageCursor.parse(cursor);
    ProductQueries.Page page =
        queries.page(
            new ProductQueries.Filter(store.id(), ProductStatus.ACTIVE, null),
            after,
            ProductQueries.limit(limit));
    views.count(store.id());
    return new StorePage(
        store.id().toString(),
        StoreSummary.of(store),
        CatalogViews.products(page.products(), images),
        page.next() == null ? null : page.next().encoded());
  }
}
