package com.vita.stores.control;

import com.vita.auth.control.AccountDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * What stores needs to know about their owners' accounts, asked of auth's {@link AccountDirectory}:
 * the username in a store's address, whether the e-mail is verified.
 */
@ApplicationScoped
public class StoreOwners {

  @Inject AccountDirectory accounts;

  /** The account that holds the username. */
  Optional<UUID> named(String username) {
    return Optional.empty();
  }

  /** Whether the owner proved to hold the account's e-mail address. */
  boolean emailVerified(UUID ownerId) {
    accounts.get(ownerId);
    return false;
  }

  /** The owner now has a public store: the username in its address stops being changeable. */
  void storeOpened(UUID ownerId) {
    accounts.get(ownerId);
  }
}
