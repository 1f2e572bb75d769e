package com.vita.devstack;

import static java.lang.System.Logger.Level.INFO;
import static java.lang.System.Logger.Level.WARNING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where a cluster's files live: its data directory and, beside it, its log. That is the directory
 * asked for, unless a root JVM's server account cannot reach it (a clone under /root, mode 0700).
 * Then the files live in a folder of their own under /var/lib/vita, named for the hash of the path
 * asked for, and that path becomes a symbolic link to them. The cluster survives restarts as it
 * would in the clone, and deleting the link ({@code rm -r .vita}, {@code mvn clean}) still means a
 * fresh database on the next start: a folder whose link is gone is emptied.
 */
record ClusterPlace(Path dataDir, Path log) {

  private static final System.Logger LOG = System.getLogger(ClusterPlace.class.getName());

  /** State kept across reboots (not /tmp), and not a cache that tools may empty (/var/cache). */
  static final Path SYSTEM_STATE = Path.of("/var/lib/vita");

  /** The file naming the link, so an abandoned folder can be told apart. */
  static final String LINKED_FROM = "linked-from";

  /** A cluster in this directory, with its log beside it. */
  static ClusterPlace at(Path dataDir) {
    return new ClusterPlace(dataDir, dataDir.resolveSibling(dataDir.getFileName() + ".log"));
  }

  /** The place for a cluster asked for at this path, moved or linked as said above. */
  static ClusterPlace prepare(Path requested, ServerAccount account) {
    try {
      Path absolute = requested.toAbsolutePath().normalize();
      Files.createDirectories(absolute.getParent());
      Path wanted = absolute.getParent().toRealPath().resolve(absolute.getFileName());
      if (Files.isSymbolicLink(wanted)) {
        Path target = wanted.resolveSibling(Files.readSymbolicLink(wanted)).normalize();
        if (Files.isDirectory(target)) {
          return at(target);
        }
        Files.delete(wanted); // what it pointed to is gone: a fresh cluster
      }
      Optional<Path> shutOut = account.firstShutOut(wanted.getParent());
      if (shutOut.isEmpty()) {
        return at(wanted);
      }
      ClusterPlace outside = outsideFor(wanted);
      linkTo(outside, wanted);
      LOG.log(
          INFO,
          "{0} cannot enter {1}: PostgreSQL data in {2} (linked from {3}), its log in {4}",
          account.name(),
          shutOut.get(),
          outside.dataDir(),
          wanted,
          outside.log());
      return outside;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare a place for the cluster " + requested, e);
    }
  }

  /**
   * /var/lib/vita/&lt;hash&gt;/&lt;name&gt;: one folder per path asked for, open to the account.
   */
  private static ClusterPlace outsideFor(Path wanted) throws IOException {
    Path folder = SYSTEM_STATE.resolve(sha256(wanted.toString()).substring(0, 16));
    for (Path directory : new Path[] {SYSTEM_STATE, folder}) {
      Files.createDirectories(directory);
      // a root umask of 077 would shut the account out again
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Files.writeString(folder.resolve(LINKED_FROM), wanted + "\n", StandardCharsets.UTF_8);
    return at(folder.resolve(wanted.getFileName()));
  }

  private static void linkTo(ClusterPlace outside, Path wanted) throws IOException {
    ClusterPlace inside = at(wanted);
    if (Files.isDirectory(wanted, LinkOption.NOFOLLOW_LINKS)) {
      // made while the account could still get in (before a chmod 700 above it): keep its data
      LOG.log(INFO, "Moving the PostgreSQL cluster {0} to {1}", wanted, outside.dataDir());
      FileTree.delete(outside.dataDir());
      Files.move(wanted, outside.dataDir());
    } else if (Files.exists(outside.dataDir(), LinkOption.NOFOLLOW_LINKS)) {
      LOG.log(
          WARNING,
          "Emptying {0}: its link {1} was deleted, and its database with it",
          outside.dataDir(),
          wanted);
      FileTree.delete(outside.dataDir());
    }
    Files.createSymbolicLink(wanted, outside.dataDir());
    if (Files.isRegularFile(inside.log(), LinkOption.NOFOLLOW_LINKS)) {
      Files.move(inside.log(), outside.log(), StandardCopyOption.REPLACE_EXISTING);
    }
    Files.deleteIfExists(inside.log());
    Files.createSymbolicLink(inside.log(), outside.log());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
