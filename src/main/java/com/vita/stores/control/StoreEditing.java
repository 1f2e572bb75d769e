package com.vita.stores.control;

import com.vita.kyb.control.KybGate;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.country.Country;
import com.vita.platform.http.IfMatch;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.stores.entity.OwnerStanding;
import com.vita.stores.entity.Slug;
import com.vita.stores.entity.Store;
import com.vita.stores.entity.StoreActivated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Changes to a store by its owner (or an admin): edit, activate, delete. Each locks the store row,
 * so two changes never interleave and an {@code If-Match} is checked against the version that the
 * change then replaces.
 */
@ApplicationScoped
public class StoreEditing {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject StoreDirectory directory;
  @Inject SlugReservations slugs;
  @Inject StoreOwners owners;
  @Inject KybGate kyb;
  @Inject AuditTrail audit;
  @Inject Event<StoreActivated> activations;

  Clock clock = Clock.systemUTC();

  /**
   * Replaces name, description and category, and the payment methods when the form names them. A
   * new name that folds to another slug moves the store there; its old address redirects.
   *
   * @throws ProblemException 412 when {@code If-Match} names another version, 409 for another
   *     country (fixed: the catalogue prices in its currency)
   */
  @Transactional
  public Store edit(UUID actorId, UUID storeId, StoreForm form, IfMatch precondition) {
    Store store = directory.lockedVisible(storeId);
    precondition.require(store.version(), "store");
    Store.Profile profile = form.profile();
    if (form.country() != null
        && !Country.required("country", form.country()).code().equals(store.country())) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "A store's country is fixed when it opens (its prices are in "
              + store.currency().getCurrencyCode()
              + "); open another store to sell in another country");
    }
    Instant now = clock.instant();
    Slug base = Slug.fromName(profile.name());
    Slug slug =
        store.slug().isCandidateOf(base)
            ? store.slug()
            : slugs.reserve(store.ownerAccountId(), base, store.id(), now);
    String before = store.slug().value();
    store.edit(profile, slug, now);
    form.methods().ifPresent(methods -> store.acceptPayments(methods, now));
    entityManager.flush(); // the new version, for the response's ETag
    audit.record(
        "store.updated",
        actorId,
        store.id().toString(),
        Map.of("slug", slug.value(), "previousSlug", before));
    return store;
  }

  /**
   * Opens the store for orders and the marketplace.
   *
   * @throws ProblemException 409 naming what the owner lacks: KYB approval, a verified e-mail
   */
  @Transactional
  public Store activate(UUID actorId, UUID storeId) {
    Store store = directory.lockedVisible(storeId);
    UUID owner = store.ownerAccountId();
    OwnerStanding standing = new OwnerStanding(kyb.isApproved(owner), owners.emailVerified(owner));
    if (store.activate(standing, clock.instant())) {
      entityManager.flush();
      audit.record("store.activated", actorId, store.id().toString(), Map.of());
      activations.fire(new StoreActivated(store.id(), owner, store.country().value()));
    }
    return store;
  }

  /**
   * Soft-deletes the store: it disappears from lists, its address and the marketplace, while its
   * orders and its reserved slugs stay.
   */
  @Transactional
  public void delete(UUID actorId, UUID storeId, IfMatch precondition) {
    Store store = directory.lockedVisible(storeId);
    precondition.require(store.version(), "store");
    store.delete(clock.instant());
    audit.record(
        "store.deleted", actorId, store.id().toString(), Map.of("slug", store.slug().value()));
  }
}
