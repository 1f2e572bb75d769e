package com.vita.imports.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SSRF guard. A local HTTP server stands in for the internet: the test allows "localhost" as if
 * it were public, while "internal.test" and 127.0.0.1 resolve to the same loopback address and are
 * refused; {@code standard} applies the real rule.
 */
class SafeImageFetchTest {

  private static final byte[] IMAGE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/image.jpg",
        exchange -> {
          exchange.sendResponseHeaders(200, IMAGE.length);
          exchange.getResponseBody().write(IMAGE);
          exchange.close();
        });
    server.createContext(
        "/big.jpg",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          for (int i = 0; i < 100; i++) {
            exchange.getResponseBody().write(new byte[1024]);
          }
          exchange.close();
        });
    server.createContext("/moved", redirect("/image.jpg"));
    server.createContext("/inside", redirect("http://127.0.0.1:1/secret"));
    server.createContext("/loop", redirect("/loop"));
    server.createContext(
        "/missing",
        exchange -> {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    base = "http://localhost:" + server.getAddress().getPort();
  }

  private static com.sun.net.httpserver.HttpHandler redirect(String to) {
    return exchange -> {
      exchange.getResponseHeaders().add("Location", to);
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    };
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private SafeImageFetch fetch() {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    return new SafeImageFetch(
        host -> {
          if (host.endsWith(".test") || host.equals("localhost") || host.equals("127.0.0.1")) {
            return new InetAddress[] {InetAddress.getByAddress(host, loopback.getAddress())};
          }
          throw new java.net.UnknownHostException(host);
        },
        address -> address.getHostName().equals("localhost"),
        10_000,
        Duration.ofSeconds(5),
        3);
  }

  @Test
  void fetchesAnImageAndFollowsARedirectWithinLimits() throws Exception {
    assertArrayEquals(IMAGE, fetch().fetch(base + "/image.jpg"));
    assertArrayEquals(IMAGE, fetch().fetch(base + "/moved"));
  }

  @Test
  void refusesWhatCouldReachInside() {
    SafeImageFetch fetch = fetch();
    assertThrows(SafeImageFetch.Refused.class, () -> fetch.fetch(base + "/inside"));
    assertThrows(SafeImageFetch.Refused.class, () -> fetch.fetch("http://internal.test/x"));
    assertThrows(SafeImageFetch.Refused.class, () -> fetch.fetch("file:///etc/passwd"));
    assertThrows(SafeImageFetch.Refused.class, () -> fetch.fetch("ftp://localhost/x"));
    assertThrows(SafeImageFetch.Refused.class, () -> fetch.fetch("http://user@localhost/x"));
    assertThrows(SafeImageFetch.Refused.class, () -> fetch.fetch("http://nowhere.invalid/x"));
    assertThrows(SafeImageFetch.Refused.class, () -> fetch.fetch("http://bad host/x"));
    assertThrows(SafeImageFetch.Refused.class, () -> fetch.fetch(base + "/loop"));
    assertThrows(SafeImageFetch.Refused.class, () -> fetch.fetch(base + "/big.jpg"));
    assertThrows(SafeImageFetch.Refused.class, () -> fetch.fetch(base + "/missing"));
    assertThrows(
        SafeImageFetch.Refused.class,
        () -> SafeImageFetch.standard(1000, Duration.ofSeconds(1), 1).fetch("http://127.0.0.1:1/"));
  }

  @Test
  void onlyPublicAddressesArePublic() throws Exception {
    for (String inside :
        new String[] {
          "127.0.0.1",
          "10.1.2.3",
          "172.16.0.1",
          "192.168.1.1",
          "169.254.169.254",
          "100.64.0.1",
          "0.0.0.0",
          "224.0.0.1",
          "240.0.0.1",
          "192.0.0.8",
          "198.18.0.1",
          "::1",
          "::",
          "fe80::1",
          "fd00::1",
          "::ffff:10.0.0.1",
          "ff02::1"
        }) {
      assertFalse(PublicAddresses.isPublic(InetAddress.getByName(inside)), inside);
    }
    for (String outside :
        new String[] {"8.8.8.8", "1.1.1.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"}) {
      assertTrue(PublicAddresses.isPublic(InetAddress.getByName(outside)), outside);
    }
  }
}
