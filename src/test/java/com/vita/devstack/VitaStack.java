package com.vita.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything VITA needs on one machine: PostgreSQL (the one in {@code DATABASE_URL}, or an embedded
 * one), Redis (the one in {@code REDIS_URL}, an embedded one, or none) and the WAR on Payara Micro.
 * Used by the run command and by the integration tests, so both run the same way.
 */
public final class VitaStack implements AutoCloseable {

  /** What to do when no {@code REDIS_URL} is configured. */
  public enum RedisWhenUnset {
    /** Run without Redis: VITA uses in-process state (the run command). */
    NONE,
    /** Start an embedded Redis (the integration tests, which must exercise the real thing). */
    EMBEDDED
  }

  private static final System.Logger LOG = System.getLogger(VitaStack.class.getName());

  private final EmbeddedPostgres embeddedPostgres;
  private final EmbeddedRedis embeddedRedis;
  private final DatabaseSettings database;
  private final String redisUrl;
  private final PayaraMicroServer server;

  private VitaStack(
      EmbeddedPostgres embeddedPostgres,
      EmbeddedRedis embeddedRedis,
      DatabaseSettings database,
      String redisUrl,
      PayaraMicroServer server) {
    this.embeddedPostgres = embeddedPostgres;
    this.embeddedRedis = embeddedRedis;
    this.database = database;
    this.redisUrl = redisUrl;
    this.server = server;
  }

  public static VitaStack start(
      PayaraMicroServer.Layout layout,
      Path dataDir,
      int port,
      RedisWhenUnset redisWhenUnset,
      Map<String, String> serverEnvironment,
      boolean inheritIo)
      throws IOException, InterruptedException {
    EmbeddedPostgres postgres = null;
    EmbeddedRedis redis = null;
    try {
      DatabaseSettings database;
      String databaseUrl = LocalSettings.get("DATABASE_URL");
      if (databaseUrl != null) {
        database =
            TestFork.database(
                DatabaseSettings.fromUrl(
                    databaseUrl,
                    LocalSettings.get("DATABASE_USER"),
                    LocalSettings.get("DATABASE_PASSWORD")));
      } else {
        postgres = EmbeddedPostgres.start(embeddedPostgresDir(dataDir), 0);
        database =
            DatabaseSettings.fromUrl(postgres.jdbcUrl(), postgres.user(), postgres.password());
        LOG.log(
            System.Logger.Level.INFO,
            "No DATABASE_URL: using embedded PostgreSQL at {0}",
            postgres.jdbcUrl());
      }
      String redisUrl = TestFork.redisUrl(LocalSettings.get("REDIS_URL"));
      if (redisUrl == null && redisWhenUnset == RedisWhenUnset.EMBEDDED) {
        redis = EmbeddedRedis.start(0);
        redisUrl = redis.url();
        LOG.log(System.Logger.Level.INFO, "No REDIS_URL: using embedded Redis at {0}", redisUrl);
      } else if (redisUrl == null) {
        LOG.log(
            System.Logger.Level.INFO, "No REDIS_URL: VITA keeps its caches and limits in process");
      }
      Map<String, String> environment =
          new HashMap<>(LocalSigningKey.environment(dataDir.resolve("keys")));
      if (LocalSettings.get("STORAGE_LOCAL_ROOT") == null) {
        // Uploaded documents stay with the rest of the local data (.vita/, target/it-data-<fork>/).
        environment.put(
            "STORAGE_LOCAL_ROOT", dataDir.resolve("storage").toAbsolutePath().toString());
      }
      environment.putAll(serverEnvironment);
      if (redisUrl != null) {
        environment.put("REDIS_URL", redisUrl);
      }
      PayaraMicroServer server =
          PayaraMicroServer.start(layout, database, port, environment, inheritIo);
      return new VitaStack(postgres, redis, database, redisUrl, server);
    } catch (IOException | InterruptedException | RuntimeException e) {
      closeQuietly(redis);
      closeQuietly(postgres);
      throw e;
    }
  }

  /** Where the embedded PostgreSQL of a stack on this data dir keeps its cluster. */
  public static Path embeddedPostgresDir(Path dataDir) {
    return dataDir.resolve("postgres");
  }

  public PayaraMicroServer server() {
    return server;
  }

  public DatabaseSettings database() {
    return database;
  }

  /** The Redis VITA uses, or null when it runs without one. */
  public String redisUrl() {
    return redisUrl;
  }

  /** The embedded PostgreSQL, or null when {@code DATABASE_URL} points elsewhere. */
  public EmbeddedPostgres embeddedPostgres() {
    return embeddedPostgres;
  }

  @Override
  public void close() throws Exception {
    try {
      server.close();
    } finally {
      closeQuietly(embeddedRedis);
      closeQuietly(embeddedPostgres);
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      LOG.log(System.Logger.Level.WARNING, "Could not stop " + closeable, e);
    }
  }
}
