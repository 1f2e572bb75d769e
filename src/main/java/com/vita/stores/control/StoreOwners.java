package com.vita.stores.control;

import com.vita.auth.control.AccountCard;
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

  /** The account that holds the username (any case). */
  Optional<UUID> named(String username) {
    return accounts.byUsername(username).map(AccountCard::id);
  }

  /** The owner's username: the first part of every address of its stores. */
  public String usernameOf(UUID ownerId) {
    return accounts.get(ownerId).username();
  }

  /** Whether the owner proved to hold the account's e-mail address. */
  boolean emailVerified(UUID ownerId) {
    return accounts.get(ownerId).emailVerified();
  }

  /**
   * The owner now has a public store (visible at once): the username in its address stops being
   * changeable; 404 when the account does not exist.
   */
  void storeOpened(UUID ownerId) {
    accounts.lockUsername(ownerId);
  }
}
