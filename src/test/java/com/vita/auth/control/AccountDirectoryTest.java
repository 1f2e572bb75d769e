package com.vita.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.auth.entity.Account;
import com.vita.auth.entity.EmailAddress;
import com.vita.auth.entity.PersonName;
import com.vita.auth.entity.Username;
import com.vita.platform.problems.NotFoundProblem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the stores component relies on: usernames looked up in any case, and a lock that holds and
 * can be asked for twice. The entity manager is a stand-in holding accounts in a map.
 */
class AccountDirectoryTest {

  private static final Instant MONDAY = Instant.parse("2026-12-07T10:00:00Z");

  private final Account ana =
      Account.register(
          EmailAddress.normalised("ana@example.com"),
          "hash",
          PersonName.of(null, "Ana", "Pérez"),
          new Username("ana-perez"),
          MONDAY.minusSeconds(3600));
  private final List<String> queried = new ArrayList<>();
  private final AccountDirectory directory = new AccountDirectory();

  AccountDirectoryTest() {
    directory.entityManager = entityManager(Map.of(ana.id(), ana));
    directory.clock = Clock.fixed(MONDAY, ZoneOffset.UTC);
  }

  @Test
  void aCardCarriesTheUsernameAndWhetherTheAddressIsVerified() {
    AccountCard card = directory.get(ana.id());
    assertEquals("ana-perez", card.username());
    assertEquals("Ana Pérez", card.displayName());
    assertFalse(card.emailVerified());
    ana.verifyEmail(MONDAY);
    assertTrue(directory.get(ana.id()).emailVerified());
    assertThrows(NotFoundProblem.class, () -> directory.get(UUID.randomUUID()));
  }

  @Test
  void usernamesAreFoundInAnyCaseAndNonsenseIsNotLookedUp() {
    assertEquals(ana.id(), directory.byUsername(" Ana-Perez ").orElseThrow().id());
    assertEquals(List.of("ana-perez"), queried);
    assertTrue(directory.byUsername("nobody-here").isEmpty());
    assertTrue(directory.byUsername("not a username").isEmpty());
    assertTrue(directory.byUsername(null).isEmpty());
    assertEquals(2, queried.size(), "malformed names never reach the database");
  }

  @Test
  void lockingIsForGoodAndIdempotent() {
    directory.lockUsername(ana.id());
    assertTrue(ana.isUsernameLocked());
    Instant lockedAt = ana.updatedAt();
    directory.clock = Clock.fixed(MONDAY.plusSeconds(60), ZoneOffset.UTC);
    directory.lockUsername(ana.id());
    assertEquals(lockedAt, ana.updatedAt(), "a second lock changes nothing");
    assertThrows(
        IllegalStateException.class, () -> ana.changeUsername(new Username("ana"), MONDAY));
    assertThrows(NotFoundProblem.class, () -> directory.lockUsername(UUID.randomUUID()));
  }

  /** find() from the map; the by-username query filters it; anything else is not expected. */
  @SuppressWarnings("unchecked")
  private EntityManager entityManager(Map<UUID, Account> accounts) {
    return (EntityManager)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "find" -> accounts.get(args[1]);
                  case "createNamedQuery" -> {
                    assertEquals(Account.BY_USERNAME, args[0]);
                    yield usernameQuery(accounts);
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @SuppressWarnings("unchecked")
  private TypedQuery<Account> usernameQuery(Map<UUID, Account> accounts) {
    String[] username = new String[1];
    return (TypedQuery<Account>)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {TypedQuery.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "setParameter" -> {
                    username[0] = (String) args[1];
                    queried.add(username[0]);
                    yield proxy;
                  }
                  case "getResultStream" ->
                      accounts.values().stream()
                          .filter(a -> a.username().value().equals(username[0]))
                          .map(Account.class::cast);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
