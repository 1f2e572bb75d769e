package com.vita.imports.entity;

import com.vita.platform.persistence.CodedEnum;

/** What an uploaded file turned out to be, by its content. */
public enum ImportFormat implements CodedEnum {
  XLSX("xlsx"),
  CSV("csv");

  private final String value;

  ImportFormat(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
