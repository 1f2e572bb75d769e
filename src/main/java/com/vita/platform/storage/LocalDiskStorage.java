package com.vita.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Documents as files under one root directory, for local runs and single-machine installs. A
 * document is written to a temporary file in its final directory and then moved into place in one
 * step, so a reader never sees half a file and a failed upload leaves nothing under its key.
 */
final class LocalDiskStorage implements DocumentStorage {

  private static final System.Logger LOG = System.getLogger(LocalDiskStorage.class.getName());

  private final Path root;
  private final long maxBytes;
  private final DocumentKeys keys;

  LocalDiskStorage(Path root, long maxBytes, Clock clock) {
    this.root = root.toAbsolutePath().normalize();
    this.maxBytes = maxBytes;
    this.keys = new DocumentKeys(clock);
  }

  @Override
  public StoredDocument store(InputStream content, DocumentKind kind, String originalName) {
    String name = FileNames.displayName(originalName);
    String key = keys.next(kind);
    Path target = resolve(key);
    Path temporary = null;
    try {
      Files.createDirectories(target.getParent());
      temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
      CheckedContent.Copied copied;
      try (OutputStream out = Files.newOutputStream(temporary)) {
        copied = new CheckedContent(kind, maxBytes).copy(content, out);
      }
      moveIntoPlace(temporary, target);
      temporary = null;
      return new StoredDocument(key, copied.mediaType(), copied.size(), copied.sha256(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (temporary != null) {
        deleteQuietly(temporary);
      }
    }
  }

  @Override
  public InputStream open(String key) {
    try {
      return Files.newInputStream(resolve(DocumentKeys.require(key)));
    } catch (NoSuchFileException e) {
      throw new DocumentNotFoundException();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<URI> temporaryLink(String key, Duration validity) {
    return Optional.empty(); // a file on this machine has no URL of its own: callers stream it
  }

  @Override
  public void delete(String key) {
    if (!DocumentKeys.isWellFormed(key)) {
      return;
    }
    try {
      Files.deleteIfExists(resolve(key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public StorageHealth health() {
    try {
      Files.createDirectories(root);
      Path probe = Files.createTempFile(root, ".ready-", ".probe");
      Files.delete(probe);
      return StorageHealth.up("local");
    } catch (IOException | RuntimeException e) {
      return StorageHealth.down("local", "root not writable: " + e.getClass().getSimpleName());
    }
  }

  Path root() {
    return root;
  }

  /**
   * The file for a key, refused unless it lies under the root once normalised. Keys are checked for
   * their generated shape before they get here; this is the second lock, should a crafted key ever
   * get past the first.
   */
  Path resolve(String key) {
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new DocumentNotFoundException();
    }
    return path;
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Same directory, so only an unusual file system lands here; keys are unique, so nothing
      // can be overwritten.
      Files.move(temporary, target);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not remove the partial upload {0}", path);
    }
  }
}
