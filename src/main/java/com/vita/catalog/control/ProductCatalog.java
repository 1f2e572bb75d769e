package com.vita.catalog.control;

import com.vita.catalog.entity.Product;
import com.vita.catalog.entity.ProductContent;
import com.vita.catalog.entity.ProductStatus;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.http.IfMatch;
import com.vita.platform.persistence.CodedEnum;
import com.vita.platform.persistence.UniqueViolation;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.Problem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.stores.control.StoreCard;
import com.vita.stores.control.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A seller's products: created, edited under optimistic locking, deleted, and found for whoever may
 * see them. Writes need the store's owner (or an admin): anyone else is told there is no such store
 * or product (404), never that it exists.
 */
@ApplicationScoped
public class ProductCatalog {

  static final String SKU_CONSTRAINT = "product_store_sku_unique";
  static final String NO_SUCH_PRODUCT = "No such product";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject StoreDirectory stores;
  @Inject ProductRules rules;
  @Inject StockLedger ledger;
  @Inject CatalogAccess access;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /**
   * A new product in one of the caller's stores, with its opening stock as the first movement.
   *
   * @param status {@code draft}, {@code active} or {@code archived}; null for active
   * @throws ProblemException 400 naming every field at fault (nothing written), 404 for a store
   *     that is not the caller's, 409 for a SKU the store already has
   */
  @Transactional
  public Product create(String storeId, ProductDraft draft, String status) {
    UUID store = storeIdIn(storeId);
    StoreCard card = stores.ownedByCaller(store);
    ProductStatus target = checked(draft, status, card, ProductStatus.ACTIVE);
    ProductContent content = rules.content(draft, currency(card), card.category(), target);
    Product product =
        Product.create(card.id(), ProductSkus.orGenerated(draft.sku()), content, now());
    UniqueViolation.insertNow(
        entityManager,
        product,
        SKU_CONSTRAINT,
        () ->
            new ProblemException(
                ProblemType.CONFLICT,
                "This store already has a product with SKU " + product.sku(),
                List.of(new Problem.FieldError("sku", "already used in this store"))));
    if (draft.stock() > 0) {
      ledger.adjust(product.id(), draft.stock(), "initial", access.callerId());
      entityManager.refresh(product);
    }
    audit.record(
        "catalog.product.create",
        access.callerId(),
        product.id().toString(),
        Map.of("store", card.id().toString(), "sku", product.sku()));
    return product;
  }

  /**
   * Replaces the product's content if the caller's {@code If-Match} names its current version. A
   * stock different from the current one is recorded as an {@code edit} movement. The row is locked
   * first, so of two edits sent with the same version one wins and the other gets 412.
   *
   * @param ifMatch the {@code If-Match} header: required (428), stale is 412
   */
  @Transactional
  public Product update(
      UUID productId, String ifMatch, String storeId, ProductDraft draft, String status) {
    Product product = lockedForOwner(productId);
    StoreCard card = stores.ownedByCaller(product.storeId());
    IfMatch.of(ifMatch).require(product.version(), "product");
    List<Problem.FieldError> immutable = new ArrayList<>();
    if (storeId != null && !storeId.equals(product.storeId().toString())) {
      immutable.add(new Problem.FieldError("storeId", "a product stays in its store"));
    }
    if (draft.sku() != null && !draft.sku().isBlank() && !draft.sku().equals(product.sku())) {
      immutable.add(new Problem.FieldError("sku", "a product keeps its SKU"));
    }
    ProductDraft complete =
        new ProductDraft(
            product.sku(),
            draft.name(),
            draft.description(),
            draft.price(),
            draft.category(),
            draft.stock() == null ? product.stock() : draft.stock(),
            draft.weightGrams(),
            draft.dimensions());
    ProductStatus target = checked(complete, status, card, product.status(), immutable);
    product.revise(rules.content(complete, currency(card), card.category(), target), now());
    entityManager.flush();
    int delta = complete.stock() - product.stock();
    if (delta != 0) {
      ledger.adjust(product.id(), delta, "edit", access.callerId());
    }
    entityManager.refresh(product);
    return product;
  }

  /** Soft-deletes the product; with {@code If-Match}, only if it names the current version. */
  @Transactional
  public void delete(UUID productId, String ifMatch) {
    Product product = lockedForOwner(productId);
    stores.ownedByCaller(product.storeId());
    if (ifMatch != null) {
      IfMatch.of(ifMatch).require(product.version(), "product");
    }
    product.delete(now());
    audit.record(
        "catalog.product.delete",
        access.callerId(),
        product.id().toString(),
        Map.of("store", product.storeId().toString(), "sku", product.sku()));
  }

  /**
   * The product, if the caller may see it: any status for the store's owner, on sale for others.
   */
  public Product visible(UUID productId) {
    Product product = entityManager.find(Product.class, productId);
    if (product == null || product.isDeleted() || !access.maySee(product)) {
      throw new NotFoundProblem(NO_SUCH_PRODUCT);
    }
    return product;
  }

  /** The product for a write by its store's owner (or an admin), else 404. */
  public Product ownedByCaller(UUID productId) {
    Product product = entityManager.find(Product.class, productId);
    if (product == null || product.isDeleted() || !access.manages(product.storeId())) {
      throw new NotFoundProblem(NO_SUCH_PRODUCT);
    }
    return product;
  }

  /**
   * The same, its row locked until the transaction ends. Locked before it is read at all: locking
   * an entity already loaded would compare versions and fail instead of waiting.
   */
  public Product lockedForOwner(UUID productId) {
    Product product = entityManager.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE);
    if (product == null || product.isDeleted() || !access.manages(product.storeId())) {
      throw new NotFoundProblem(NO_SUCH_PRODUCT);
    }
    return product;
  }

  private ProductStatus checked(
      ProductDraft draft, String status, StoreCard store, ProductStatus otherwise) {
    return checked(draft, status, store, otherwise, List.of());
  }

  private ProductStatus checked(
      ProductDraft draft,
      String status,
      StoreCard store,
      ProductStatus otherwise,
      List<Problem.FieldError> earlier) {
    List<Problem.FieldError> errors = new ArrayList<>(earlier);
    rules.check(draft, store.currency()).stream()
        .map(e -> new Problem.FieldError(e.field(), e.message()))
        .forEach(errors::add);
    boolean noCategory = draft.category() == null || draft.category().isBlank();
    if (noCategory && (store.category() == null || store.category().isBlank())) {
      errors.add(new Problem.FieldError("category", "is required (the store has none)"));
    }
    Optional<ProductStatus> target =
        status == null ? Optional.of(otherwise) : CodedEnum.of(ProductStatus.class, status);
    if (target.isEmpty()) {
      errors.add(new Problem.FieldError("status", "one of draft, active, archived"));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, ProblemException.INVALID_FIELDS, errors);
    }
    return target.get();
  }

  private static UUID storeIdIn(String storeId) {
    if (storeId == null || storeId.isBlank()) {
      throw ProblemException.invalidField("storeId", "is required");
    }
    try {
      return UUID.fromString(storeId);
    } catch (IllegalArgumentException e) {
      throw new NotFoundProblem("No such store");
    }
  }

  private static Currency currency(StoreCard store) {
    return Currency.getInstance(store.currency());
  }

  private java.time.Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
