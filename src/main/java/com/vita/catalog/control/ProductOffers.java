package com.vita.catalog.control;

import com.vita.catalog.entity.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Products as a checkout prices them: what is on sale now (active, not deleted), at today's price,
 * with what shipping needs to quote the parcel. Snapshots, never the entity.
 */
@ApplicationScoped
public class ProductOffers {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /** The products among {@code ids} that are on sale, by id; the others are absent. */
  public Map<UUID, ProductOffer> onSale(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return entityManager
        .createQuery("select p from Product p where p.id in :ids", Product.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .filter(Product::isOnSale)
        .map(ProductOffer::of)
        .collect(Collectors.toMap(ProductOffer::id, Function.identity()));
  }
}
