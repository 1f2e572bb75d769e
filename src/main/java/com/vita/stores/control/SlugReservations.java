package com.vita.stores.control;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.stores.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reserves slugs in {@code store_slug}, whose primary key (owner, slug) makes them unique per
 * seller for good: a reserved slug keeps pointing at its store after a rename or a deletion, so no
 * other store of the seller ever takes it.
 *
 * <p>Race-safe without retrying transactions: {@code INSERT ... ON CONFLICT DO NOTHING} waits for a
 * concurrent reservation of the same slug to commit and then reports that it lost (0 rows) instead
 * of failing, which would abort the whole PostgreSQL transaction; the next candidate is tried.
 */
@ApplicationScoped
public class SlugReservations {

  /** Candidates tried beyond the ones known taken, before giving up on a storm of races. */
  static final int RACE_ALLOWANCE = 50;

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /**
   * The first candidate of the base ({@code base}, {@code base-2}, ...) free for this owner, now
   * reserved for the store; a candidate the store already holds (a rename back) is simply its own.
   */
  public Slug reserve(UUID ownerId, Slug base, UUID storeId, Instant now) {
    Map<String, UUID> taken = takenCandidates(ownerId, base);
    for (int n = 1; n <= taken.size() + RACE_ALLOWANCE; n++) {
      Slug candidate = base.numbered(n);
      UUID holder = taken.get(candidate.value());
      if (holder != null) {
        if (holder.equals(storeId)) {
          return candidate;
        }
        continue;
      }
      if (insert(ownerId, candidate, storeId, now)) {
        return candidate;
      }
      Optional<UUID> winner = holderOf(ownerId, candidate);
      if (winner.filter(storeId::equals).isPresent()) {
        return candidate;
      }
    }
    throw new ProblemException(
        ProblemType.CONFLICT, "No free address for this store name; try another name");
  }

  /** The store that holds (or held) the slug for this owner. */
  public Optional<UUID> holderOf(UUID ownerId, Slug slug) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select store_id from store_slug where owner_account_id = ?1 and slug = ?2",
                UUID.class)
            .setParameter(1, ownerId)
            .setParameter(2, slug.value())
            .getResultList();
    return rows.stream().findFirst().map(UUID.class::cast);
  }

  private Map<String, UUID> takenCandidates(UUID ownerId, Slug base) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select slug, store_id from store_slug where owner_account_id = ?1"
                    + " and (slug = ?2 or slug like ?3)")
            .setParameter(1, ownerId)
            .setParameter(2, base.value())
            // a slug holds only [a-z0-9-], so the base carries no LIKE wildcard
            .setParameter(3, base.value() + "-%")
            .getResultList();
    Map<String, UUID> taken = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      Slug slug = new Slug((String) columns[0]);
      if (slug.isCandidateOf(base)) {
        taken.put(slug.value(), (UUID) columns[1]);
      }
    }
    return taken;
  }

  private boolean insert(UUID ownerId, Slug slug, UUID storeId, Instant now) {
    return entityManager
            .createNativeQuery(
                "insert into store_slug (owner_account_id, slug, store_id, reserved_at)"
                    + " values (?1, ?2, ?3, ?4) on conflict do nothing")
            .setParameter(1, ownerId)
            .setParameter(2, slug.value())
            .setParameter(3, storeId)
            .setParameter(4, now)
            .executeUpdate()
        == 1;
  }
}
