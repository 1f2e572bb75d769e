package com.vita.platform.storage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where documents go and how large they may be ({@code storage.*}, see docs/configuration.md). A
 * bucket means S3; without one, documents go to a local directory.
 */
record StorageSettings(
    long maxBytes, Path localRoot, String bucket, String region, URI endpoint, String kmsKeyId) {

  static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  static StorageSettings from(Config config) {
    return new StorageSettings(
        config.getOptionalValue("storage.max-bytes", Long.class).orElse(DEFAULT_MAX_BYTES),
        config
            .getOptionalValue("storage.local.root", String.class)
            .filter(root -> !root.isBlank())
            .map(Path::of)
            // Only a fallback for a WAR deployed by hand: the run command and the tests set
            // STORAGE_LOCAL_ROOT under their data directory, and production uses S3.
            .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "vita-storage")),
        blankToNull(config.getOptionalValue("storage.s3.bucket", String.class)),
        blankToNull(config.getOptionalValue("storage.s3.region", String.class)),
        Optional.ofNullable(
                blankToNull(config.getOptionalValue("storage.s3.endpoint", String.class)))
            .map(URI::create)
            .orElse(null),
        blankToNull(config.getOptionalValue("storage.s3.kms-key-id", String.class)));
  }

  boolean usesS3() {
    return bucket != null;
  }

  private static String blankToNull(Optional<String> value) {
    return value.map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
  }
}
