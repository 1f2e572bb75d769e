package com.vita.testing;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.vita.devstack.FreePort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK {@code HttpServer} a fake of an outside system answers on: a free loopback port, and a
 * thread per request, so a late answer never holds up the others. Create it, add the fake's
 * contexts, start it.
 */
final class LocalHttpServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService handlers;

  private LocalHttpServer(HttpServer server, ExecutorService handlers) {
    this.server = server;
    this.handlers = handlers;
  }

  static LocalHttpServer create() throws IOException {
    HttpServer server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePort.find()), 0);
    ExecutorService handlers = Executors.newCachedThreadPool();
    server.setExecutor(handlers);
    return new LocalHttpServer(server, handlers);
  }

  void createContext(String path, HttpHandler handler) {
    server.createContext(path, handler);
  }

  void start() {
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }
}
