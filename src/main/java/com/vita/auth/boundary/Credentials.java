package com.vita.auth.boundary;

import com.vita.auth.entity.PersonName;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The shapes of the identity API's request bodies. E-mails are ASCII only (internationalised
 * look-alikes are refused rather than normalised), display names carry no control characters or
 * angle brackets.
 */
public final class Credentials {

  static final String EMAIL =
      "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";
  static final String EMAIL_MESSAGE = "must be a valid e-mail address";
  static final String NAME = "^[^\\p{Cntrl}<>]*$";
  static final String NAME_MESSAGE = "must not contain control characters or < >";

  private Credentials() {}

  /**
   * VITA's shape names the person with {@code name}, seed 000's with {@code firstName} and {@code
   * lastName}; either one is enough (both: {@code name} is the one shown).
   */
  public record Registration(
      @NotBlank @Size(max = 254) @Pattern(regexp = EMAIL, message = EMAIL_MESSAGE) String email,
      @NotBlank @StrongPassword String password,
      @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String name,
      @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String firstName,
      @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String lastName) {

    /** Reported as the field {@code name}: the one a client of either shape can fix. */
    @AssertTrue(
        message = "give a name, or a firstName and a lastName (at most 100 characters together)")
    public boolean isName() {
      if (name != null && !name.isBlank()) {
        return true;
      }
      return firstName != null
          && !firstName.isBlank()
          && lastName != null
          && !lastName.isBlank()
          && personName().display().length() <= 100;
    }

    public PersonName personName() {
      return PersonName.of(name, firstName, lastName);
    }
  }

  /** Login checks only sizes: the policy applies when a password is set, not when it is tried. */
  public record Login(
      @NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {}

  public record Refresh(@NotBlank @Size(max = 128) String refreshToken) {}

  /** Logout names the session to end; without it only the access token is revoked. */
  public record Logout(@Size(max = 128) String refreshToken) {}

  public record ForgotPassword(@NotBlank @Size(max = 254) String email) {}

  public record PasswordReset(
      @NotBlank @Size(max = 128) String token, @NotBlank @StrongPassword String password) {}

  public record UsernameChange(@NotBlank @Size(max = 100) String username) {}

  public record ProfileChange(
      @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String name) {}
}
