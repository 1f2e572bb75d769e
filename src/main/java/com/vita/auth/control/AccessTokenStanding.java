package com.vita.auth.control;

import com.vita.auth.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Whether a verified access token still speaks for its account: not logged out ({@link
 * DeniedAccessTokens}) and of the account's current token generation. A role change, a password
 * reset or a replayed refresh token moves the generation on, so the tokens issued before end on
 * their next request rather than when they expire. One primary-key read per request.
 */
@ApplicationScoped
public class AccessTokenStanding {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject DeniedAccessTokens denied;

  /** Why the token may not be used, or null when it may. */
  public String refusal(String subject, String jti, Number generation) {
    if (denied.isDenied(jti)) {
      return "This access token was revoked";
    }
    UUID account;
    try {
      account = UUID.fromString(subject);
    } catch (IllegalArgumentException | NullPointerException e) {
      return "This access token names no account";
    }
    // No row: nothing about the account has changed since VITA signed the token (accounts are not
    // deleted), so its generation is the first one.
    int current =
        entityManager
            .createNamedQuery(Account.TOKEN_GENERATION, Integer.class)
            .setParameter("id", account)
            .getResultStream()
            .findFirst()
            .orElse(0);
    int issued = generation == null ? 0 : generation.intValue();
    return issued < current ? "This access token was revoked" : null;
  }
}
