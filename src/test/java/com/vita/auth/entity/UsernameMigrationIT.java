package com.vita.auth.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * V16 on accounts that existed before it: each gets a username by the rules {@link Username}
 * applies to new ones. The migrations run into a schema of this test's own in the suite's database,
 * up to V15, then the accounts are written, then V16.
 */
class UsernameMigrationIT {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

  @Test
  void existingAccountsGetUniqueUrlSafeUsernamesFromTheirNames() throws Exception {
    String schema = "v16_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = TestDatabase.connect();
        Statement sql = connection.createStatement()) {
      sql.execute("create schema " + schema);
      try {
        sql.execute("set search_path to " + schema);
        for (Path migration : migrationsBefore(16)) {
          sql.execute(Files.readString(migration, StandardCharsets.UTF_8));
        }
        Map<String, String> names =
            Map.of(
                "jose@example.com", "José Núñez",
                "jose2@example.com", "José Núñez",
                "admin@example.com", "Admin",
                "li@example.com", "李",
                "bo@example.com", "B",
                "dots@example.com", "...",
                "s@example.com", "Straße Øster");
        int second = 0;
        for (Map.Entry<String, String> account : names.entrySet()) {
          sql.execute(
              String.format(
                  "insert into account (id, email, password_hash, display_name, created_at,"
                      + " updated_at) values (gen_random_uuid(), '%s', 'h', '%s',"
                      + " now() + interval '%d second', now())",
                  account.getKey(), account.getValue(), second++));
        }
        List<Path> throughV16 = migrationsBefore(17);
        sql.execute(
            Files.readString(throughV16.get(throughV16.size() - 1), StandardCharsets.UTF_8));

        Map<String, String> usernames = new HashMap<>();
        try (ResultSet rows = sql.executeQuery("select email, username from account")) {
          while (rows.next()) {
            usernames.put(rows.getString(1), rows.getString(2));
          }
        }
        assertEquals(names.size(), Set.copyOf(usernames.values()).size(), usernames.toString());
        usernames.values().forEach(u -> assertTrue(Username.parse(u).isPresent(), u));
        assertTrue(
            usernames.get("jose@example.com").equals("jose-nunez")
                ^ usernames.get("jose2@example.com").equals("jose-nunez"),
            usernames.toString());
        assertTrue(usernames.get("admin@example.com").matches("admin-[0-9a-f]{6}"));
        assertTrue(usernames.get("li@example.com").matches("li-[0-9a-f]{6}"));
        assertTrue(usernames.get("bo@example.com").matches("bo-[0-9a-f]{6}"));
        assertEquals("dots", usernames.get("dots@example.com"));
        assertEquals("strasse-oster", usernames.get("s@example.com"));
      } finally {
        sql.execute("set search_path to public");
        sql.execute("drop schema " + schema + " cascade");
      }
    }
  }

  /** The migration files with a version below {@code version}, in version order. */
  private static List<Path> migrationsBefore(int version) {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      return files
          .filter(f -> versionOf(f) > 0 && versionOf(f) < version)
          .sorted(Comparator.comparingInt(UsernameMigrationIT::versionOf))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int versionOf(Path file) {
    Matcher name = VERSION.matcher(file.getFileName().toString());
    return name.matches() ? Integer.parseInt(name.group(1)) : -1;
  }
}
