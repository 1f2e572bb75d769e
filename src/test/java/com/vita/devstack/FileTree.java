package com.vita.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A directory and everything under it. */
final class FileTree {

  private FileTree() {}

  /** Deletes the tree (symbolic links, not what they point to); nothing when it is absent. */
  static void delete(Path root) {
    if (root == null || Files.notExists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path each : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(each);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + root, e);
    }
  }
}
