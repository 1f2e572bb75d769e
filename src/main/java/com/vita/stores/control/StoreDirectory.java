package com.vita.stores.control;

import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.security.Caller;
import com.vita.stores.entity.Slug;
import com.vita.stores.entity.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How stores are found: by other components ({@link StoreCard}s, never the entity) and by this
 * one's own use cases. A deleted store is found by none of them; another seller's store is the same
 * 404 as no store at all.
 */
@ApplicationScoped
public class StoreDirectory {

  static final String NO_SUCH_STORE = "No such store";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject Caller caller;
  @Inject SlugReservations slugs;
  @Inject StoreOwners owners;

  /** The store, whoever owns it and whatever its status, unless deleted. */
  public Optional<StoreCard> find(UUID storeId) {
    return live(storeId).map(StoreCard::of);
  }

  /**
   * The store when the request's caller owns it or is an admin.
   *
   * @throws NotFoundProblem when it is not there, deleted, or another seller's
   */
  public StoreCard ownedByCaller(UUID storeId) {
    return StoreCard.of(visible(storeId));
  }

  /**
   * The store as its public page shows it: every store that is not deleted, inactive ones too (a
   * store is visible at its address as soon as it is created; only ordering waits for activation).
   */
  public Optional<StoreCard> findPublic(UUID storeId) {
    return find(storeId);
  }

  /** Where the address {@code /{username}/{slug}} leads. */
  public StoreAddress resolve(String username, String slug) {
    Optional<Slug> parsed = Slug.parse(slug);
    Optional<UUID> owner = owners.named(username);
    if (parsed.isEmpty() || owner.isEmpty()) {
      return new StoreAddress.Missing();
    }
    return addressOf(slugs.holderOf(owner.get(), parsed.get()).flatMap(this::live), parsed.get());
  }

  /** What an address of the owner's leads to, given the live store that holds its slug, if any. */
  static StoreAddress addressOf(Optional<Store> holder, Slug asked) {
    if (holder.isEmpty()) {
      return new StoreAddress.Missing();
    }
    Store store = holder.get();
    return store.slug().equals(asked)
        ? new StoreAddress.Found(StoreCard.of(store))
        : new StoreAddress.Moved(store.slug().value());
  }

  /** The account's stores that are not deleted, newest first. */
  public List<Store> ownedBy(UUID ownerId, int offset, int limit) {
    return entityManager
        .createNamedQuery(Store.OWNED_BY, Store.class)
        .setParameter("owner", ownerId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The store when the caller owns it or is an admin; 404 otherwise. */
  public Store visible(UUID storeId) {
    return live(storeId).filter(this::callerMayAccess).orElseThrow(StoreDirectory::notFound);
  }

  /** The same, locked for a change until the transaction ends. */
  Store lockedVisible(UUID storeId) {
    Store store =
        storeId == null
            ? null
            : entityManager.find(Store.class, storeId, LockModeType.PESSIMISTIC_WRITE);
    if (store == null || store.isDeleted() || !callerMayAccess(store)) {
      throw notFound();
    }
    return store;
  }

  private Optional<Store> live(UUID storeId) {
    return Optional.ofNullable(storeId == null ? null : entityManager.find(Store.class, storeId))
        .filter(s -> !s.isDeleted());
  }

  private boolean callerMayAccess(Store store) {
    return caller.mayAccess(store.ownerAccountId());
  }

  static NotFoundProblem notFound() {
    return new NotFoundProblem(NO_SUCH_STORE);
  }
}
