package com.vita.auth.control;

import com.vita.auth.entity.Account;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** How other components look accounts up: {@link AccountCard}s, never the entity. */
@ApplicationScoped
public class AccountDirectory {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /** The account; 404 when there is none. */
  public AccountCard get(UUID id) {
    Account account = entityManager.find(Account.class, id);
    if (account == null) {
      throw new NotFoundProblem("No such account");
    }
    return cardOf(account);
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

  static AccountCard cardOf(Account account) {
    return new AccountCard(
        account.id(),
        account.email().value(),
        account.displayName(),
        account.roles(),
        account.createdAt());
  }
}
