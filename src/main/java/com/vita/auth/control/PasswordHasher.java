package com.vita.auth.control;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * bcrypt password hashes. {@link #burnTime} verifies against a throw-away hash so that a login with
 * an unknown e-mail costs what a wrong password costs, and timing does not reveal which accounts
 * exist.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject
  @ConfigProperty(name = "auth.bcrypt-cost", defaultValue = "12")
  int cost;

  private String decoyHash;

  @PostConstruct
  void prepareDecoy() {
    decoyHash = hash("decoy password that no account has".toCharArray());
  }

  public String hash(char[] password) {
    return BCrypt.withDefaults().hashToString(cost, password);
  }

  public boolean matches(char[] password, String hash) {
    return BCrypt.verifyer().verify(password, hash.getBytes(StandardCharsets.UTF_8)).verified;
  }

  public void burnTime(char[] password) {
    matches(password, decoyHash);
  }
}
