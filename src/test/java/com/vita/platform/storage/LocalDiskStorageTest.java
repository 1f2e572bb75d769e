package com.vita.platform.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskStorageTest {

  private static final long MAX = 4096;

  @TempDir Path root;

  private LocalDiskStorage storage() {
    return new LocalDiskStorage(root, MAX, Clock.systemUTC());
  }

  @Test
  void aNameReachingForAPathIsRefusedBeforeAnythingIsWritten() throws Exception {
    LocalDiskStorage storage = storage();
    assertThrows(
        UnsafeFileNameException.class,
        () ->
            storage.store(
                new ByteArrayInputStream(Samples.pdf()),
                DocumentKind.BUSINESS_DOCUMENT,
                "../../Escritura.pdf"));
    assertEquals(List.of(), files());
  }

  @Test
  void storesOpensAndDeletesADocument() throws Exception {
    LocalDiskStorage storage = storage();
    byte[] pdf = Samples.pdf();

    StoredDocument stored =
        storage.store(
            new ByteArrayInputStream(pdf), DocumentKind.BUSINESS_DOCUMENT, "Escritura.pdf");

    assertTrue(stored.key().startsWith("kyb/"), stored.key());
    assertEquals(DocumentMediaType.PDF, stored.mediaType());
    assertEquals(pdf.length, stored.size());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
        stored.sha256());
    assertEquals("Escritura.pdf", stored.originalName());
    assertTrue(Files.isRegularFile(root.resolve(stored.key())));
    try (InputStream in = storage.open(stored.key())) {
      assertArrayEquals(pdf, in.readAllBytes());
    }
    assertTrue(storage.temporaryLink(stored.key(), Duration.ofMinutes(5)).isEmpty());

    storage.delete(stored.key());
    assertThrows(DocumentNotFoundException.class, () -> storage.open(stored.key()));
    storage.delete(stored.key()); // twice is fine
    assertEquals(List.of(), files());
  }

  @Test
  void aStreamOverTheLimitIsRefusedAndLeavesNothing() throws IOException {
    LocalDiskStorage storage = storage();
    byte[] big = Samples.withBody(Samples.pdf());
    byte[] tooBig = new byte[(int) MAX + 1];
    System.arraycopy(big, 0, tooBig, 0, big.length);

    DocumentTooLargeException refused =
        assertThrows(
            DocumentTooLargeException.class,
            () ->
                storage.store(
                    new ByteArrayInputStream(tooBig), DocumentKind.IDENTITY_DOCUMENT, null));

    assertEquals(413, refused.type().status());
    assertEquals(List.of(), files());
  }

  @Test
  void anUnendingStreamIsCutOffAtTheLimit() throws IOException {
    LocalDiskStorage storage = storage();
    InputStream endless =
        new InputStream() {
          private final byte[] jpegMagic = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
          private int served;

          @Override
          public int read() {
            return served < jpegMagic.length ? jpegMagic[served++] & 0xFF : 'x';
          }
        };

    assertThrows(
        DocumentTooLargeException.class,
        () -> storage.store(endless, DocumentKind.IDENTITY_DOCUMENT, "selfie.jpg"));
    assertEquals(List.of(), files());
  }

  @Test
  void exactlyTheLimitIsAccepted() {
    byte[] pdf = Samples.pdf();
    byte[] limit = new byte[(int) MAX];
    System.arraycopy(pdf, 0, limit, 0, pdf.length);

    StoredDocument stored =
        storage().store(new ByteArrayInputStream(limit), DocumentKind.IDENTITY_DOCUMENT, null);

    assertEquals(MAX, stored.size());
  }

  @Test
  void contentTheKindDoesNotAcceptIsRefusedAndLeavesNothing() throws IOException {
    LocalDiskStorage storage = storage();
    for (byte[] content :
        List.of(
            Samples.exe(),
            "<html><body onload=x()>".getBytes(StandardCharsets.UTF_8),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8),
            new byte[0],
            Samples.xlsx())) {
      UnsupportedDocumentException refused =
          assertThrows(
              UnsupportedDocumentException.class,
              () ->
                  storage.store(
                      new ByteArrayInputStream(content), DocumentKind.IDENTITY_DOCUMENT, "id.pdf"));
      assertEquals(415, refused.type().status());
    }
    assertEquals(List.of(), files());
  }

  @Test
  void craftedKeysNeverReachOutsideTheRoot() throws IOException {
    Path secret = Files.writeString(root.resolveSibling(root.getFileName() + "-secret.txt"), "x");
    try {
      LocalDiskStorage storage = storage();
      String escape = "../" + secret.getFileName();
      assertThrows(DocumentNotFoundException.class, () -> storage.open(escape));
      assertThrows(DocumentNotFoundException.class, () -> storage.resolve(escape));
      assertThrows(DocumentNotFoundException.class, () -> storage.resolve("kyc/../../x"));
      assertThrows(DocumentNotFoundException.class, () -> storage.resolve(secret.toString()));
      assertThrows(DocumentNotFoundException.class, () -> storage.resolve("."));
      storage.delete(escape);
      assertTrue(Files.exists(secret));
    } finally {
      Files.delete(secret);
    }
  }

  @Test
  void readyWhenTheRootIsWritable() throws IOException {
    assertTrue(storage().health().up());
    Path file = Files.writeString(root.resolve("not-a-directory"), "x");
    StorageHealth blocked = new LocalDiskStorage(file, MAX, Clock.systemUTC()).health();
    assertEquals(false, blocked.up());
    assertEquals("local", blocked.mode());
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
