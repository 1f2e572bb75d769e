package com.vita.devstack;

import static java.lang.System.Logger.Level.INFO;
import static java.lang.System.Logger.Level.WARNING;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The OS account that runs PostgreSQL's binaries. initdb and postgres refuse to run as root, and
 * our machines and CI run as root, so a root JVM hands them to an unprivileged system user (and
 * gives it the directories it needs); any other JVM runs them as itself.
 */
final class ServerAccount {

  private static final System.Logger LOG = System.getLogger(ServerAccount.class.getName());
  private static final String DEDICATED_USER = "vita-postgres";
  private static final String FALLBACK_USER = "nobody";

  /** Null (and no group, no prefix) when the JVM's own account runs the binaries. */
  private final String user;

  private final String group;
  private final List<String> prefix;

  private ServerAccount(String user, String group, List<String> prefix) {
    this.user = user;
    this.group = group;
    this.prefix = prefix;
  }

  static ServerAccount forThisProcess() {
    if (new UnixSystem().getUid() != 0) {
      return new ServerAccount(null, null, List.of());
    }
    String user = unprivilegedUser();
    String group = CommandResult.run(List.of("id", "-gn", user)).requireSuccess().output().strip();
    LOG.log(INFO, "Running as root: PostgreSQL runs as {0}", user);
    // runuser is the tool made for root dropping to a user; setpriv does it where runuser is
    // missing
    return new ServerAccount(
        user,
        group,
        CommandResult.onPath("runuser").isPresent()
            ? List.of("runuser", "-u", user, "--")
            : List.of("setpriv", "--reuid=" + user, "--regid=" + group, "--init-groups", "--"));
  }

  /** True when a root JVM hands the binaries to another account. */
  boolean switchesUser() {
    return user != null;
  }

  /** Runs a command as this account; fails with the command's output when it fails. */
  void run(String... command) {
    CommandResult.run(asThisAccount(command)).requireSuccess();
  }

  /** Hands the file, or the whole tree under a directory, to this account. */
  void own(Path path) {
    if (!switchesUser()) {
      return;
    }
    UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
    try (Stream<Path> tree = Files.walk(path)) {
      UserPrincipal owner = lookup.lookupPrincipalByName(user);
      GroupPrincipal ownerGroup = lookup.lookupPrincipalByGroupName(group);
      for (Path each : (Iterable<Path>) tree::iterator) {
        PosixFileAttributeView view =
            Files.getFileAttributeView(
                each, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (!view.readAttributes().owner().equals(owner)) {
          view.setOwner(owner);
          view.setGroup(ownerGroup);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot give " + path + " to " + user, e);
    }
  }

  /** The account's name, for messages. */
  String name() {
    return switchesUser() ? user : System.getProperty("user.name");
  }

  /**
   * Fails, naming the blocking directory, unless this account can enter every one of the
   * directories; a root JVM's paths (JUnit's 0700 temp dirs, /root) often shut it out.
   */
  void requireEnterable(Path... directories) {
    if (!switchesUser() || canEnter(directories)) {
      return;
    }
    for (Path directory : directories) {
      Optional<Path> shutOut = firstShutOut(directory);
      if (shutOut.isPresent()) {
        throw new IllegalStateException(
            user
                + " (PostgreSQL's account, since this JVM runs as root) cannot enter "
                + shutOut.get()
                + ", so it cannot reach "
                + directory
                + ". Make "
                + shutOut.get()
                + " searchable by others (chmod o+x) or use a directory"
                + " under one that is, such as the system temp dir.");
      }
    }
  }

  /**
   * The first directory on the way to this one (itself included) that this account cannot enter.
   */
  Optional<Path> firstShutOut(Path directory) {
    if (!switchesUser() || canEnter(directory)) {
      return Optional.empty();
    }
    Path reached = directory.getRoot();
    for (Path name : directory) {
      reached = reached.resolve(name);
      if (!canEnter(reached)) {
        return Optional.of(reached);
      }
    }
    return Optional.of(directory);
  }

  private boolean canEnter(Path... directories) {
    List<String> test = new ArrayList<>(List.of("test"));
    for (Path directory : directories) {
      if (test.size() > 1) {
        test.add("-a");
      }
      test.addAll(List.of("-x", directory.toString()));
    }
    return CommandResult.run(asThisAccount(test.toArray(String[]::new))).succeeded();
  }

  private List<String> asThisAccount(String... command) {
    List<String> full = new ArrayList<>(prefix);
    full.addAll(Arrays.asList(command));
    return full;
  }

  /**
   * Our own system user keeps the data dir apart from other services; nobody if we can't add one.
   */
  private static String unprivilegedUser() {
    if (exists(DEDICATED_USER)) {
      return DEDICATED_USER;
    }
    if (CommandResult.onPath("useradd").isPresent()) {
      CommandResult added =
          CommandResult.run(
              List.of(
                  "useradd",
                  "--system",
                  "--no-create-home",
                  "--shell",
                  "/usr/sbin/nologin",
                  DEDICATED_USER));
      if (exists(DEDICATED_USER)) { // ours, or another JVM's that raced us
        return DEDICATED_USER;
      }
      LOG.log(WARNING, "Cannot add user {0}: {1}", DEDICATED_USER, added.output().strip());
    }
    return FALLBACK_USER;
  }

  private static boolean exists(String user) {
    try {
      Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
      return true;
    } catch (UserPrincipalNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
