package com.vita.platform.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.Closing;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** {@link S3DocumentStorage} against a real S3-compatible server (Adobe S3Mock, see S3Mock). */
class S3DocumentStorageIT {

  private static final String BUCKET = "vita-documents";
  private static final long MAX = 64 * 1024;
  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("test-key", "test-secret"));

  private static S3Mock server;
  private static S3DocumentStorage storage;
  private static S3Client s3;

  @BeforeAll
  static void startServer() throws Exception {
    server = S3Mock.start(BUCKET);
    storage = new S3DocumentStorage(settings(BUCKET), CREDENTIALS, Clock.systemUTC());
    s3 =
        S3Client.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(server.endpoint())
            .forcePathStyle(true)
            .credentialsProvider(CREDENTIALS)
            .build();
  }

  @AfterAll
  static void stopServer() throws Exception {
    Closing.all(s3, storage, server);
  }

  private static StorageSettings settings(String bucket) {
    return new StorageSettings(
        MAX, Path.of("unused"), bucket, "us-east-1", server.endpoint(), null);
  }

  @Test
  void storesEncryptsLinksAndDeletesADocument() throws Exception {
    byte[] pdf = Samples.pdf();

    StoredDocument stored =
        storage.store(
            new ByteArrayInputStream(pdf), DocumentKind.BUSINESS_DOCUMENT, "Escritura pública.pdf");

    assertTrue(stored.key().startsWith("kyb/"), stored.key());
    assertEquals(DocumentMediaType.PDF, stored.mediaType());
    assertEquals(pdf.length, stored.size());
    try (InputStream in = storage.open(stored.key())) {
      assertArrayEquals(pdf, in.readAllBytes());
    }

    HeadObjectResponse head = s3.headObject(h -> h.bucket(BUCKET).key(stored.key()));
    assertEquals(ServerSideEncryption.AES256, head.serverSideEncryption());
    assertEquals("application/pdf", head.contentType());
    assertEquals(stored.sha256(), head.metadata().get("sha256"));
    assertEquals("Escritura+p%C3%BAblica.pdf", head.metadata().get("original-name"));

    URI link = storage.temporaryLink(stored.key(), Duration.ofMinutes(5)).orElseThrow();
    assertTrue(link.getQuery().contains("X-Amz-Signature="), link.toString());
    HttpResponse<byte[]> download =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(link).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, download.statusCode());
    assertArrayEquals(pdf, download.body());

    storage.delete(stored.key());
    assertThrows(DocumentNotFoundException.class, () -> storage.open(stored.key()));
    storage.delete(stored.key()); // twice is fine
  }

  @Test
  void refusedUploadsLeaveNoObject() {
    byte[] tooBig = new byte[(int) MAX + 1];
    byte[] png = Samples.png();
    System.arraycopy(png, 0, tooBig, 0, png.length);

    assertThrows(
        DocumentTooLargeException.class,
        () ->
            storage.store(new ByteArrayInputStream(tooBig), DocumentKind.IDENTITY_DOCUMENT, null));
    assertThrows(
        UnsupportedDocumentException.class,
        () ->
            storage.store(
                new ByteArrayInputStream(Samples.exe()), DocumentKind.IDENTITY_DOCUMENT, "id.pdf"));

    assertEquals(0, s3.listObjectsV2(list -> list.bucket(BUCKET).prefix("kyc/")).keyCount());
  }

  @Test
  void craftedKeysAreNotFound() {
    assertThrows(DocumentNotFoundException.class, () -> storage.open("../other-bucket/x"));
    assertThrows(
        DocumentNotFoundException.class,
        () -> storage.temporaryLink("kyc/../../x", Duration.ofMinutes(1)));
  }

  @Test
  void readinessAsksTheBucket() {
    assertTrue(storage.health().up());
    assertEquals("s3", storage.health().mode());
    try (S3DocumentStorage missing =
        new S3DocumentStorage(settings("no-such-bucket"), CREDENTIALS, Clock.systemUTC())) {
      assertFalse(missing.health().up());
    }
  }
}
