package com.vita.platform.persistence;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enum stored and shown by a stable lower-case code ({@code in_review}) rather than its Java
 * name, so a constant can be renamed without a migration and the API's values are the database's.
 */
public interface CodedEnum {

  /** The code: the database value and the API's. */
  String value();

  /** The constant with this code, if any. */
  static <E extends Enum<E> & CodedEnum> Optional<E> of(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.value().equals(value)).findFirst();
  }
}
