package com.vita.platform.storage;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where uploaded documents live: a local directory or an S3 bucket (see the package description).
 * Inject it; the implementation follows the configuration.
 */
public interface DocumentStorage {

  /**
   * Checks and stores a document. The content is read to its end and not closed.
   *
   * @param originalName the client's file name, or null; kept only in cleaned form for display
   * @throws UnsupportedDocumentException (415) when the content is not one the kind accepts
   * @throws DocumentTooLargeException (413) once the content passes {@code storage.max-bytes};
   *     nothing is left stored
   */
  StoredDocument store(InputStream content, DocumentKind kind, String originalName);

  /**
   * The content of a stored document; the caller closes it.
   *
   * @throws DocumentNotFoundException when there is no document under the key, or the key is not
   *     one VITA generates
   */
  InputStream open(String key);

  /**
   * A link that lets a browser download the document directly for a while (S3: a presigned GET), or
   * empty when the storage has none (local disk: stream {@link #open} instead).
   */
  Optional<URI> temporaryLink(String key, Duration validity);

  /** Removes the document; removing one that is not there is not an error. */
  void delete(String key);

  /** Whether documents can be stored right now, for readiness. */
  StorageHealth health();
}
