package com.vita.auth.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The password policy of the seed's Cognito pool: at least 8 characters with an upper-case and a
 * lower-case letter, a digit and a symbol; at most 72 bytes, all that bcrypt reads.
 */
@Documented
@Constraint(validatedBy = StrongPasswordValidator.class)
@Target({
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT
})
@Retention(RetentionPolicy.RUNTIME)
public @interface StrongPassword {
  String message() default
      "must have 8 to 72 bytes with an upper-case and a lower-case letter, a digit and a symbol";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
