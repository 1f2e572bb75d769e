package com.vita.platform.storage;

import java.util.Optional;

/**
 * A document as stored: the key to find it again (generated, never from the client), what its
 * content turned out to be, its size and SHA-256 (hex) for integrity checks and de-duplication, and
 * the client's file name, cleaned, for display only.
 */
public record StoredDocument(
    String key, DocumentMediaType mediaType, long size, String sha256, String originalName) {

  public Optional<String> displayName() {
    return Optional.ofNullable(originalName);
  }
}
