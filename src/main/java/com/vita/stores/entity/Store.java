package com.vita.stores.entity;

import com.vita.platform.country.Country;
import com.vita.platform.country.CountryCode;
import com.vita.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A seller's store: its name and address, the country that fixes its currency and shipping, the
 * payment methods it takes, and where it stands:
 *
 * <pre>
 * inactive → active (the owner's business and e-mail are verified)
 * inactive | active → deleted (soft: kept for its orders and its address)
 * </pre>
 *
 * The country is fixed when the store opens: the catalogue prices in its currency.
 */
@Entity
@Table(name = "store")
@NamedQuery(
    name = Store.OWNED_BY,
    query =
        "select s from Store s where s.ownerAccountId = :owner"
            + " and s.status <> com.vita.stores.entity.StoreStatus.DELETED"
            + " order by s.createdAt desc, s.id desc")
public class Store extends TrackedEntity {

  public static final String OWNED_BY = "Store.ownedBy";

  @Id private UUID id;

  @Column(name = "owner_account_id", nullable = false, updatable = false)
  private UUID ownerAccountId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "slug", nullable = false, length = Slug.MAX_LENGTH)
  private String slug;

  @Column(name = "description", length = 1000)
  private String description;

  @Column(name = "category", nullable = false, length = 50)
  private String category;

  @Column(name = "country", nullable = false, updatable = false, length = 2)
  private String country;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "payment_methods", nullable = false)
  private String[] paymentMethods;

  @Column(name = "status", nullable = false, length = 20)
  private StoreStatus status;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  protected Store() {}

  /** A new store, inactive, at the slug reserved for it. */
  public static Store open(
      UUID id,
      UUID ownerAccountId,
      Profile profile,
      Slug slug,
      Country country,
      Set<PaymentMethod> paymentMethods,
      Instant now) {
    Store s = new Store();
    s.id = id;
    s.ownerAccountId = ownerAccountId;
    s.describe(profile);
    s.slug = slug.value();
    s.country = country.name();
    s.currency = country.currency().getCurrencyCode();
    s.acceptPayments(paymentMethods);
    s.status = StoreStatus.INACTIVE;
    s.created(now);
    return s;
  }

  /** What the owner says about the store: name, description and category, stored as given. */
  public record Profile(String name, String description, String category) {}

  /** Changes name, description and category; a new name comes with its new slug. */
  public void edit(Profile profile, Slug newSlug, Instant now) {
    requireNotDeleted();
    describe(profile);
    slug = newSlug.value();
    touched(now);
  }

  /** Replaces the methods the store takes; at least one. */
  public void acceptPayments(Set<PaymentMethod> methods, Instant now) {
    requireNotDeleted();
    acceptPayments(methods);
    touched(now);
  }

  /**
   * Opens the store for orders and the marketplace once its owner qualifies; an active store stays
   * so (the answer is the same, nothing changes).
   *
   * @return whether the store was inactive until now
   * @throws IllegalStoreTransition naming what the owner still lacks, or for a deleted store
   */
  public boolean activate(OwnerStanding owner, Instant now) {
    requireNotDeleted();
    List<String> missing = owner.missing();
    if (!missing.isEmpty()) {
      throw new IllegalStoreTransition(
          "The store cannot be activated: " + String.join("; ", missing));
    }
    if (status == StoreStatus.ACTIVE) {
      return false;
    }
    status = StoreStatus.ACTIVE;
    activatedAt = now;
    touched(now);
    return true;
  }

  /** Closes the store for good; its orders and its address stay. */
  public void delete(Instant now) {
    requireNotDeleted();
    status = StoreStatus.DELETED;
    deletedAt = now;
    touched(now);
  }

  private void describe(Profile profile) {
    name = profile.name();
    description = profile.description();
    category = profile.category();
  }

  private void acceptPayments(Set<PaymentMethod> methods) {
    if (methods == null || methods.isEmpty()) {
      throw new IllegalArgumentException("A store takes at least one payment method");
    }
    // Sorted by code, without repeats: the column is a set.
    paymentMethods = methods.stream().map(PaymentMethod::value).sorted().toArray(String[]::new);
  }

  private void requireNotDeleted() {
    if (status == StoreStatus.DELETED) {
      throw new IllegalStoreTransition("The store is deleted");
    }
  }

  public UUID id() {
    return id;
  }

  public UUID ownerAccountId() {
    return ownerAccountId;
  }

  public String name() {
    return name;
  }

  public Slug slug() {
    return new Slug(slug);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public String category() {
    return category;
  }

  public CountryCode country() {
    return new CountryCode(country);
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public Set<PaymentMethod> paymentMethods() {
    return Arrays.stream(paymentMethods)
        .map(code -> PaymentMethod.of(code).orElseThrow())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(PaymentMethod.class)));
  }

  public StoreStatus status() {
    return status;
  }

  public boolean isActive() {
    return status == StoreStatus.ACTIVE;
  }

  public boolean isDeleted() {
    return status == StoreStatus.DELETED;
  }

  public Optional<Instant> activatedAt() {
    return Optional.ofNullable(activatedAt);
  }
}
