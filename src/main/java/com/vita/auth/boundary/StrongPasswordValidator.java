package com.vita.auth.boundary;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.nio.charset.StandardCharsets;

/** Checks {@link StrongPassword}. Null is left to {@code @NotNull}. */
public class StrongPasswordValidator implements ConstraintValidator<StrongPassword, String> {

  static final int MAX_BYTES = 72;

  @Override
  public boolean isValid(String password, ConstraintValidatorContext context) {
    if (password == null) {
      return true;
    }
    return password.length() >= 8
        && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES
        && password.chars().anyMatch(Character::isUpperCase)
        && password.chars().anyMatch(Character::isLowerCase)
        && password.chars().anyMatch(Character::isDigit)
        && password
            .chars()
            .anyMatch(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c));
  }
}
