package com.vita.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Copies an upload to where it is kept while checking it: the first bytes must be a type the kind
 * accepts, and the copy stops with {@link DocumentTooLargeException} as soon as it passes the
 * limit, so a client can never make VITA write more than the limit. Counts and hashes (SHA-256) on
 * the way.
 */
final class CheckedContent {

  private static final int BUFFER = 64 * 1024;

  private final DocumentKind kind;
  private final long maxBytes;

  CheckedContent(DocumentKind kind, long maxBytes) {
    this.kind = kind;
    this.maxBytes = maxBytes;
  }

  /** What was copied. */
  record Copied(DocumentMediaType mediaType, long size, String sha256) {}

  /**
   * Copies {@code content} to {@code target}; the caller removes what was written when this throws.
   */
  Copied copy(InputStream content, OutputStream target) {
    try {
      byte[] head = content.readNBytes(ContentSniffer.HEAD_BYTES);
      DocumentMediaType type =
          ContentSniffer.sniff(head)
              .filter(kind::accepts)
              .orElseThrow(() -> new UnsupportedDocumentException(kind));
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      DigestOutputStream out = new DigestOutputStream(target, sha256);
      long size = head.length;
      if (size > maxBytes) {
        throw new DocumentTooLargeException(maxBytes);
      }
      out.write(head);
      byte[] buffer = new byte[BUFFER];
      for (int read; (read = content.read(buffer)) != -1; ) {
        size += read;
        if (size > maxBytes) {
          throw new DocumentTooLargeException(maxBytes);
        }
        out.write(buffer, 0, read);
      }
      out.flush();
      return new Copied(type, size, HexFormat.of().formatHex(sha256.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
