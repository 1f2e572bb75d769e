package com.vita.auth.boundary;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NamesAPerson}. */
public class NamesAPersonValidator
    implements ConstraintValidator<NamesAPerson, Credentials.Registration> {

  static final int MAX_DISPLAYED = 100;

  @Override
  public boolean isValid(Credentials.Registration body, ConstraintValidatorContext context) {
    if (body == null || isNamed(body)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("name")
        .addConstraintViolation();
    return false;
  }

  static boolean isNamed(Credentials.Registration body) {
    if (!isBlank(body.name())) {
      return true;
    }
    return !isBlank(body.firstName())
        && !isBlank(body.lastName())
        && body.personName().display().length() <= MAX_DISPLAYED;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
