package com.vita.platform.storage;

/**
 * The kinds of content VITA keeps, as recognised from their first bytes by {@link ContentSniffer}.
 */
public enum DocumentMediaType {
  PDF("application/pdf", "pdf"),
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  CSV("text/csv", "csv");

  private final String mimeType;
  private final String extension;

  DocumentMediaType(String mimeType, String extension) {
    this.mimeType = mimeType;
    this.extension = extension;
  }

  /** The value for {@code Content-Type} when the document is served. */
  public String mimeType() {
    return mimeType;
  }

  public String extension() {
    return extension;
  }
}
