package com.vita.kyb.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Every {@link KybReminder.Kind} attribute is stored as its code. */
@Converter(autoApply = true)
public class KybReminderKindConverter extends CodedEnumConverter<KybReminder.Kind> {

  public KybReminderKindConverter() {
    super(KybReminder.Kind.class);
  }
}
