package com.vita.devstack;

import static java.lang.System.Logger.Level.DEBUG;
import static java.lang.System.Logger.Level.INFO;

import java.io.IOException;
import java.io.UncheckedIOException;
import redis.embedded.RedisServer;

/**
 * A Redis server on 127.0.0.1 that keeps nothing on disk: a cache for runs and tests. The
 * embedded-redis library adds its own shutdown hook that stops the server when the JVM exits.
 */
public final class EmbeddedRedis implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(EmbeddedRedis.class.getName());
  private static final String HOST = "127.0.0.1";

  private final RedisServer server;
  private final int port;

  private EmbeddedRedis(RedisServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /** Starts a server on the port (0: a free one; Redis itself reads port 0 as "no TCP"). */
  public static EmbeddedRedis start(int port) {
    int chosen = port == 0 ? FreePort.find() : port;
    try {
      RedisServer server =
          RedisServer.newRedisServer()
              .bind(HOST)
              .port(chosen)
              .setting("save \"\"")
              .setting("appendonly no")
              // drained so a chatty server never blocks on a full pipe
              .soutListener(line -> LOG.log(DEBUG, line))
              .build();
      server.start();
      LOG.log(INFO, "Redis listening on {0}:{1}", HOST, String.valueOf(chosen));
      return new EmbeddedRedis(server, chosen);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Redis on port " + chosen, e);
    }
  }

  public String url() {
    return "redis://" + HOST + ":" + port;
  }

  public String host() {
    return HOST;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stop Redis on port " + port, e);
    }
  }
}
