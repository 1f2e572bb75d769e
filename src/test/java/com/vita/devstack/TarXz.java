package com.vita.devstack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** Unpacks a tar.xz keeping what binaries need: file modes, symbolic and hard links. */
final class TarXz {

  private TarXz() {}

  static void extract(InputStream archive, Path target) throws IOException {
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        Path path = inside(target, entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(path);
        } else {
          Files.createDirectories(path.getParent());
          if (entry.isSymbolicLink()) {
            // the shared libraries' version aliases (libpq.so -> libpq.so.5.15); may precede their
            // target
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            continue; // a link has no mode of its own
          } else if (entry.isLink()) {
            Files.createLink(path, inside(target, entry.getLinkName()));
          } else {
            Files.copy(tar, path);
          }
        }
        Files.setPosixFilePermissions(path, permissions(entry.getMode()));
      }
    }
  }

  /** Refuses entries that would land outside the target ("../", absolute names). */
  private static Path inside(Path target, String name) {
    Path path = target.resolve(name).normalize();
    if (!path.startsWith(target)) {
      throw new IllegalStateException("Archive entry escapes " + target + ": " + name);
    }
    return path;
  }

  /** The low nine mode bits, in the order PosixFilePermission declares them (owner rwx first). */
  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] all = PosixFilePermission.values();
    for (int bit = 0; bit < all.length; bit++) {
      if ((mode & (0400 >> bit)) != 0) {
        permissions.add(all[bit]);
      }
    }
    return permissions;
  }
}
