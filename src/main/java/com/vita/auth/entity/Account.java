package com.vita.auth.entity;

import com.vita.platform.persistence.TrackedEntity;
import com.vita.platform.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A person's account: who they are, how they prove it, and what they may do. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
@NamedQuery(
    name = Account.BY_USERNAME,
    query = "select a from Account a where a.username = :username")
@NamedQuery(
    name = Account.USERNAME_TAKEN,
    query = "select count(a) from Account a where a.username = :username")
@NamedQuery(
    name = Account.TOKEN_GENERATION,
    query = "select a.tokenGeneration from Account a where a.id = :id")
@NamedQuery(
    name = Account.WITH_ROLE,
    query =
        "select distinct a from Account a left join a.roles r left join a.externalRoles x"
            + " where r = :role or x = :role order by a.email")
public class Account extends TrackedEntity {

  public static final String BY_EMAIL = "Account.byEmail";
  public static final String TOKEN_GENERATION = "Account.tokenGeneration";
  public static final String WITH_ROLE = "Account.withRole";
  public static final String BY_USERNAME = "Account.byUsername";
  public static final String USERNAME_TAKEN = "Account.usernameTaken";

  @Id private UUID id;

  @Column(name = "email", nullable = false, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 100)
  private String passwordHash;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "first_name", length = 100)
  private String firstName;

  @Column(name = "last_name", length = 100)
  private String lastName;

  /** Public and unique (V16); fixed once {@link #usernameLockedAt} is set. */
  @Column(name = "username", nullable = false, length = 30)
  private String username;

  @Column(name = "username_locked_at")
  private Instant usernameLockedAt;

  /** When a one-time token mailed to the address came back (or an issuer vouched for it). */
  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20, nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /**
   * The roles the external identity provider's groups give, replaced at each token exchange; kept
   * apart from VITA's own grants so that neither side takes away what the other gave.
   */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_external_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20, nullable = false)
  private Set<Role> externalRoles = EnumSet.noneOf(Role.class);

  /** Moves on whenever the access tokens issued so far must stop working (claim {@code gen}). */
  @Column(name = "token_generation", nullable = false)
  private int tokenGeneration;

  protected Account() {}

  /** A new account is a buyer; becoming a seller or an admin is a later, separate step. */
  public static Account register(
      EmailAddress email, String passwordHash, PersonName name, Username username, Instant now) {
    Account account = new Account();
    account.id = UUID.randomUUID();
    account.email = email.value();
    account.passwordHash = passwordHash;
    account.displayName = name.display();
    account.firstName = name.first();
    account.lastName = name.last();
    account.username = username.value();
    account.roles.add(Role.BUYER);
    account.created(now);
    return account;
  }

  /** A new password; the access tokens issued with the old one stop working. */
  public void changePassword(String newHash, Instant now) {
    passwordHash = newHash;
    endIssuedAccessTokens(now);
  }

  /**
   * Ends every access token issued so far (they carry an older generation): after a role change, a
   * password reset or a stolen refresh token.
   */
  public void endIssuedAccessTokens(Instant now) {
    tokenGeneration++;
    touched(now);
  }

  /** The address is proven; the first proof counts, a later one changes nothing. */
  public void verifyEmail(Instant now) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = now;
      touched(now);
    }
  }

  public boolean isEmailVerified() {
    return emailVerifiedAt != null;
  }

  /**
   * A new public handle, while none of the account's stores is public yet.
   *
   * @throws IllegalStateException once the username is locked
   */
  public void changeUsername(Username newName, Instant now) {
    if (isUsernameLocked()) {
      throw new IllegalStateException("The username of account " + id + " is locked");
    }
    username = newName.value();
    touched(now);
  }

  /** Fixes the username (a store became public under it); locking twice changes nothing. */
  public void lockUsername(Instant now) {
    if (usernameLockedAt == null) {
      usernameLockedAt = now;
      touched(now);
    }
  }

  public boolean isUsernameLocked() {
    return usernameLockedAt != null;
  }

  public Username username() {
    return new Username(username);
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public int tokenGeneration() {
    return tokenGeneration;
  }

  public void rename(String newName, Instant now) {
    displayName = newName;
    touched(now);
  }

  public void grant(Role role, Instant now) {
    if (roles.add(role)) {
      touched(now);
    }
  }

  /**
   * Replaces the roles VITA grants; every account keeps at least the buyer role. Roles the external
   * issuer gives are the issuer's to take away.
   */
  public void assignRoles(Set<Role> newRoles, Instant now) {
    Set<Role> before = roles();
    roles.clear();
    roles.addAll(newRoles);
    roles.add(Role.BUYER);
    touched(now);
    if (!before.equals(roles())) {
      endIssuedAccessTokens(now); // a demoted admin must not keep admin for 15 minutes
    }
  }

  public UUID id() {
    return id;
  }

  public EmailAddress email() {
    return new EmailAddress(email);
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String displayName() {
    return displayName;
  }

  /**
   * Takes the external issuer's current word on its roles for this person; true when it changed.
   */
  public boolean acceptExternalRoles(Set<Role> issued, Instant now) {
    if (externalRoles.equals(issued)) {
      return false;
    }
    externalRoles.clear();
    externalRoles.addAll(issued);
    endIssuedAccessTokens(now);
    return true;
  }

  /** What the account may do: VITA's grants and the external issuer's, together. */
  public Set<Role> roles() {
    Set<Role> all = EnumSet.noneOf(Role.class);
    all.addAll(roles);
    all.addAll(externalRoles);
    return Collections.unmodifiableSet(all);
  }
}
