package com.vita.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** The requests S3DocumentStorage builds, without a server (S3DocumentStorageIT uses one). */
class S3DocumentStorageTest {

  private static final CheckedContent.Copied PDF =
      new CheckedContent.Copied(DocumentMediaType.PDF, 42, "ab".repeat(32));

  private static S3DocumentStorage storage(String kmsKeyId) {
    return new S3DocumentStorage(
        new StorageSettings(
            1024,
            Path.of("unused"),
            "vita-documents",
            "sa-east-1",
            URI.create("http://127.0.0.1:9"),
            kmsKeyId),
        AnonymousCredentialsProvider.create(),
        Clock.systemUTC());
  }

  @Test
  void encryptsWithS3ManagedKeysByDefault() {
    try (S3DocumentStorage storage = storage(null)) {
      PutObjectRequest put = storage.putRequest("kyc/2026/11/x", PDF, "cédula.pdf");
      assertEquals(ServerSideEncryption.AES256, put.serverSideEncryption());
      assertNull(put.ssekmsKeyId());
      assertEquals("application/pdf", put.contentType());
      assertEquals(42L, put.contentLength());
      assertEquals("c%C3%A9dula.pdf", put.metadata().get("original-name"));
    }
  }

  @Test
  void encryptsWithTheConfiguredKmsKey() {
    try (S3DocumentStorage storage = storage("arn:aws:kms:sa-east-1:111122223333:key/abc")) {
      PutObjectRequest put = storage.putRequest("kyc/2026/11/x", PDF, null);
      assertEquals(ServerSideEncryption.AWS_KMS, put.serverSideEncryption());
      assertEquals("arn:aws:kms:sa-east-1:111122223333:key/abc", put.ssekmsKeyId());
      assertFalse(put.metadata().containsKey("original-name"));
    }
  }

  @Test
  void linksLastAtMostSevenDays() {
    try (S3DocumentStorage storage = storage(null)) {
      String key = new DocumentKeys(Clock.systemUTC()).next(DocumentKind.IDENTITY_DOCUMENT);
      assertThrows(
          IllegalArgumentException.class, () -> storage.temporaryLink(key, Duration.ofDays(8)));
      assertThrows(IllegalArgumentException.class, () -> storage.temporaryLink(key, Duration.ZERO));
    }
  }
}
