package com.vita.platform.storage;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a document is for. The kind decides which content is accepted (an identity document is never
 * a spreadsheet) and is the first segment of the document's key, so each kind can get its own
 * lifecycle or access rules in the bucket later.
 */
public enum DocumentKind {
  /** A KYC file: identity card, passport, selfie, proof of address. */
  IDENTITY_DOCUMENT(
      "kyc", EnumSet.of(DocumentMediaType.PDF, DocumentMediaType.JPEG, DocumentMediaType.PNG)),
  /** A KYB constitution document: deed, tax registration, powers of attorney. */
  BUSINESS_DOCUMENT(
      "kyb", EnumSet.of(DocumentMediaType.PDF, DocumentMediaType.JPEG, DocumentMediaType.PNG)),
  /** A product picture shown in the catalogue. */
  PRODUCT_IMAGE("product-images", EnumSet.of(DocumentMediaType.JPEG, DocumentMediaType.PNG)),
  /** A spreadsheet of products for a bulk import. */
  CATALOG_IMPORT("imports", EnumSet.of(DocumentMediaType.XLSX, DocumentMediaType.CSV));

  private final String prefix;
  private final Set<DocumentMediaType> accepted;

  DocumentKind(String prefix, Set<DocumentMediaType> accepted) {
    this.prefix = prefix;
    this.accepted = accepted;
  }

  /** The first segment of this kind's keys. Part of every stored key: never rename one. */
  public String prefix() {
    return prefix;
  }

  public boolean accepts(DocumentMediaType type) {
    return accepted.contains(type);
  }

  public Set<DocumentMediaType> accepted() {
    return EnumSet.copyOf(accepted);
  }

  static DocumentKind forPrefix(String prefix) {
    for (DocumentKind kind : values()) {
      if (kind.prefix.equals(prefix)) {
        return kind;
      }
    }
    return null;
  }
}
