package com.vita.imports.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Fetches an image a seller named by URL without letting the URL reach inside VITA's network
 * (SSRF): http and https only, every address the host resolves to must be public ({@link
 * PublicAddresses}), redirects are followed by hand (at most {@code maxRedirects}) and each target
 * is checked the same way, the whole exchange has a time limit and the body a size limit. (The
 * client resolves the name again when it connects; a DNS answer that changes between the check and
 * the connection is the remaining gap, closed in production by egress rules.)
 */
final class SafeImageFetch {

  /** Why a URL was not fetched; the message is recorded for the seller. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final HttpClient client;
  private final Resolver resolver;
  private final Predicate<InetAddress> allowed;
  private final long maxBytes;
  private final Duration timeout;
  private final int maxRedirects;

  SafeImageFetch(
      Resolver resolver,
      Predicate<InetAddress> allowed,
      long maxBytes,
      Duration timeout,
      int maxRedirects) {
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
    this.resolver = resolver;
    this.allowed = allowed;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.maxRedirects = maxRedirects;
  }

  static SafeImageFetch standard(long maxBytes, Duration timeout, int maxRedirects) {
    return new SafeImageFetch(
        InetAddress::getAllByName, PublicAddresses::isPublic, maxBytes, timeout, maxRedirects);
  }

  /** The body of the image at the URL. */
  byte[] fetch(String url) throws Refused, InterruptedException {
    URI target = check(url);
    for (int hop = 0; ; hop++) {
      HttpResponse<InputStream> response;
      try {
        response =
            client.send(
                HttpRequest.newBuilder(target).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException e) {
        throw new Refused("could not be fetched: " + e.getClass().getSimpleName());
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400) {
        close(response);
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || hop >= maxRedirects) {
          throw new Refused("redirects too often or without a Location");
        }
        target = check(target.resolve(location).toString());
        continue;
      }
      if (status != 200) {
        close(response);
        throw new Refused("answered HTTP " + status);
      }
      return limited(response);
    }
  }

  /** The URL, if its scheme is http(s) and its host resolves only to allowed addresses. */
  URI check(String url) throws Refused {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new Refused("is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new Refused("must use http or https");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new Refused("must name a host (and no user name)");
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(uri.getHost());
    } catch (UnknownHostException e) {
      throw new Refused("names a host that does not resolve");
    }
    for (InetAddress address : addresses) {
      if (!allowed.test(address)) {
        throw new Refused("points to a private or local address, which is not fetched");
      }
    }
    return uri;
  }

  private byte[] limited(HttpResponse<InputStream> response) throws Refused {
    try (InputStream body = response.body()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16 * 1024];
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        out.write(buffer, 0, n);
        if (out.size() > maxBytes) {
          throw new Refused("is larger than " + maxBytes + " bytes");
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new Refused("could not be read: " + e.getClass().getSimpleName());
    }
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // nothing more to read from it
    }
  }
}
