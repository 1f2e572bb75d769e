package com.vita.shipping.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Every {@link EventSource} attribute is stored as its code. */
@Converter(autoApply = true)
public class EventSourceConverter extends CodedEnumConverter<EventSource> {

  public EventSourceConverter() {
    super(EventSource.class);
  }
}
