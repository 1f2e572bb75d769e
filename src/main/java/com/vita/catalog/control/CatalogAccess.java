package com.vita.catalog.control;

import com.vita.catalog.entity.Product;
import com.vita.platform.security.Caller;
import com.vita.stores.control.StoreDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Who may see and change what in the catalogue, for the request at hand: a store's products are
 * managed by its owner and admins (every status), and seen by anyone else only when on sale in a
 * store that is publicly visible. Works for anonymous callers too (public pages).
 */
@RequestScoped
public class CatalogAccess {

  @Inject Caller caller;
  @Inject StoreDirectory stores;

  /** The caller's account id, or null for an anonymous caller. */
  public UUID callerId() {
    return isSignedIn() ? caller.id() : null;
  }

  /** Whether the caller is the store's owner or an admin. */
  public boolean manages(UUID storeId) {
    return isSignedIn()
        && stores.find(storeId).map(store -> caller.mayAccess(store.ownerId())).orElse(false);
  }

  public boolean maySee(Product product) {
    return manages(product.storeId())
        || product.isOnSale() && stores.findPublic(product.storeId()).isPresent();
  }

  private boolean isSignedIn() {
    // Every VITA token carries at least the buyer role; an anonymous request carries none.
    return !caller.roles().isEmpty();
  }
}
