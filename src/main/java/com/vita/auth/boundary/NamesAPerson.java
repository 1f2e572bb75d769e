package com.vita.auth.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A registration names its person: a {@code name}, or a {@code firstName} and a {@code lastName}
 * (seed 000's shape) of at most 100 characters together. Reported on the field {@code name}, the
 * one a client of either shape can fix. A class-level constraint rather than a boolean getter, so
 * no made-up property reaches JSON-B or the OpenAPI schema.
 */
@Documented
@Constraint(validatedBy = NamesAPersonValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NamesAPerson {
  String message() default
      "give a name, or a firstName and a lastName (at most 100 characters together)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
