package com.vita.imports.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Every {@link ImportFormat} attribute is stored as its code. */
@Converter(autoApply = true)
public class ImportFormatConverter extends CodedEnumConverter<ImportFormat> {

  public ImportFormatConverter() {
    super(ImportFormat.class);
  }
}
