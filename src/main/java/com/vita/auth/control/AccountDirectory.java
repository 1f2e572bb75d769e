package com.vita.auth.control;

import com.vita.auth.entity.Account;
import com.vita.auth.entity.Username;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** How other components look accounts up: {@link AccountCard}s, never the entity. */
@ApplicationScoped
public class AccountDirectory {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  Clock clock = Clock.systemUTC();

  /** The account; 404 when there is none. */
  public AccountCard get(UUID id) {
    return cardOf(find(id));
  }

  /** The account, or empty when there is none. */
  public Optional<AccountCard> lookup(UUID id) {
    return Optional.ofNullable(entityManager.find(Account.class, id)).map(AccountDirectory::cardOf);
  }

  /** The account with this public handle (any case); empty when none has it. */
  public Optional<AccountCard> byUsername(String username) {
    return Username.parse(username)
        .flatMap(
            name ->
                entityManager
                    .createNamedQuery(Account.BY_USERNAME, Account.class)
                    .setParameter("username", name.value())
                    .getResultStream()
                    .findFirst())
        .map(AccountDirectory::cardOf);
  }

  /**
   * Fixes the account's username, for good: the stores component calls it when one of the account's
   * stores becomes public under it. Calling it again changes nothing; 404 when there is no such
   * account.
   */
  @Transactional
  public void lockUsername(UUID accountId) {
    find(accountId).lockUsername(clock.instant());
  }

  /** Everyone holding the role, e.g. the admins a pending review is brought to. */
  public List<AccountCard> withRole(Role role) {
    return entityManager
        .createNamedQuery(Account.WITH_ROLE, Account.class)
        .setParameter("role", role)
        .getResultStream()
        .map(AccountDirectory::cardOf)
        .toList();
  }

  private Account find(UUID id) {
    Account account = entityManager.find(Account.class, id);
    if (account == null) {
      throw new NotFoundProblem("No such account");
    }
    return account;
  }

  static AccountCard cardOf(Account account) {
    return new AccountCard(
        account.id(),
        account.email().value(),
        account.displayName(),
        account.roles(),
        account.createdAt(),
        account.username().value(),
        account.isEmailVerified());
  }
}
