package com.vita.stores.control;

import com.vita.platform.audit.AuditTrail;
import com.vita.platform.country.Country;
import com.vita.platform.persistence.UniqueViolation;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.stores.entity.PaymentMethod;
import com.vita.stores.entity.Slug;
import com.vita.stores.entity.Store;
import com.vita.stores.entity.StoreOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A seller opens a store: at once, as many as they like, inactive until activated. The slug comes
 * from the name and is reserved before the store takes it ({@link SlugReservations}), so two stores
 * of one seller opened at the same moment with the same name get two addresses.
 */
@ApplicationScoped
public class StoreOpening {

  /** The unique index on (owner, slug) of V20, behind the slug reservation. */
  static final String SLUG_INDEX = "store_owner_slug";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject SlugReservations slugs;
  @Inject StoreCountries countries;
  @Inject StoreOwners owners;
  @Inject AuditTrail audit;
  @Inject Event<StoreOpened> opened;

  Clock clock = Clock.systemUTC();

  @Transactional
  public Store open(UUID ownerId, StoreForm form) {
    Store.Profile profile = form.profile();
    Set<PaymentMethod> methods = form.methods().orElseGet(() -> EnumSet.allOf(PaymentMethod.class));
    Country country = countries.forNewStore(ownerId, form.country());
    owners.storeOpened(ownerId);
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    Slug slug = slugs.reserve(ownerId, Slug.fromName(profile.name()), id, now);
    Store store = Store.open(id, ownerId, profile, slug, country, methods, now);
    UniqueViolation.insertNow(
        entityManager,
        store,
        SLUG_INDEX,
        () -> new ProblemException(ProblemType.CONFLICT, "This store address is taken"));
    audit.record(
        "store.created",
        ownerId,
        id.toString(),
        Map.of("slug", slug.value(), "country", country.name()));
    opened.fire(new StoreOpened(id, ownerId, country.name()));
    return store;
  }
}
