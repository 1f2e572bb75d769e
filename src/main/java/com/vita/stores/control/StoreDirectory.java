package com.vita.stores.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** TEMPORARY stand-in for the stores branch's contract; replaced by the merge of `stores`. */
@ApplicationScoped
public class StoreDirectory {
  public Optional<StoreCard> find(UUID id) {
    throw new UnsupportedOperationException();
  }

  public StoreCard ownedByCaller(UUID id) {
    throw new UnsupportedOperationException();
  }

  public Optional<StoreCard> findPublic(UUID id) {
    throw new UnsupportedOperationException();
  }

  public StoreAddress resolve(String username, String slug) {
    throw new UnsupportedOperationException();
  }
}
