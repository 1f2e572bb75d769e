package com.vita.shipping.control;

import com.vita.shipping.entity.Carrier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The carriers VITA works with, found by code ({@code correos-de-chile}) or name, any case. */
@ApplicationScoped
public class Carriers {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  public Optional<Carrier> find(String codeOrName) {
    String key = Carrier.keyOf(codeOrName);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return entityManager
        .createNamedQuery(Carrier.BY_CODE_OR_NAME, Carrier.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }
}
