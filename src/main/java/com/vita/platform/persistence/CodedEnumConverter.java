package com.vita.platform.persistence;

import jakarta.persistence.AttributeConverter;

/**
 * Maps a {@link CodedEnum} to its code. A subclass per enum, annotated {@code @Converter(autoApply
 * = true)}, makes every attribute of that type a typed column; a code the enum does not know fails
 * loudly at read time (the schema's CHECK should have refused it already).
 */
public abstract class CodedEnumConverter<E extends Enum<E> & CodedEnum>
    implements AttributeConverter<E, String> {

  private final Class<E> type;

  protected CodedEnumConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(E attribute) {
    return attribute == null ? null : attribute.value();
  }

  @Override
  public E convertToEntityAttribute(String code) {
    if (code == null) {
      return null;
    }
    return CodedEnum.of(type, code)
        .orElseThrow(
            () -> new IllegalStateException("No " + type.getSimpleName() + " has code " + code));
  }
}
