package com.vita.platform.storage;

/**
 * What the readiness check reports: where documents go ({@code local} or {@code s3}) and, when they
 * cannot go there, why.
 */
public record StorageHealth(String mode, boolean up, String problem) {

  static StorageHealth up(String mode) {
    return new StorageHealth(mode, true, null);
  }

  static StorageHealth down(String mode, String problem) {
    return new StorageHealth(mode, false, problem);
  }
}
