package com.vita.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A finished external command: its exit code and its merged stdout and stderr. */
record CommandResult(List<String> command, int exitCode, String output) {

  /**
   * Runs the command from "/" (the one directory every account can enter) and waits for it. Its
   * children must not keep stdout open (pg_ctl is always given a log file), or this never returns.
   */
  static CommandResult run(List<String> command) {
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(new File("/"))
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new CommandResult(command, process.waitFor(), output);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
    }
  }

  /** Where the command is on this process's PATH, if it is. */
  static Optional<Path> onPath(String command) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, command))
        .filter(Files::isExecutable)
        .findFirst();
  }

  boolean succeeded() {
    return exitCode == 0;
  }

  CommandResult requireSuccess() {
    if (!succeeded()) {
      throw new IllegalStateException(
          String.join(" ", command) + " exited with " + exitCode + ":\n" + output.strip());
    }
    return this;
  }
}
