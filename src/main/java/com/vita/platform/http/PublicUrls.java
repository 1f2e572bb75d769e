package com.vita.platform.http;

import com.vita.platform.production.LocalFallback;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute URLs of VITA's own resources, built from the configured public base URL ({@code
 * VITA_PUBLIC_BASE_URL}) and never from the request's {@code Host} header, which the client
 * chooses: a {@code Host: evil.example} must not come back in a {@code Location} or a link.
 */
@ApplicationScoped
public class PublicUrls {

  static final String KEY = "vita.public-base-url";
  static final String LOCAL_DEFAULT = "http://localhost:8080";

  @Inject
  @ConfigProperty(name = KEY)
  Optional<String> configured;

  private String base;

  @PostConstruct
  void init() {
    base = baseOf(LocalFallback.isUnset(configured) ? LOCAL_DEFAULT : configured.get());
  }

  /** The absolute URL of a path of VITA's, e.g. {@code /api/v1/kyb/status/1}. */
  public URI of(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("A path of VITA's starts with /: " + path);
    }
    return URI.create(base + path);
  }

  /**
   * The base without a trailing slash; refuses what is not an absolute http(s) URL of a host, with
   * no query or fragment, so a typo stops the deployment instead of every link.
   */
  static String baseOf(String value) {
    String trimmed = value.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (java.net.URISyntaxException malformed) {
      throw new IllegalStateException("VITA_PUBLIC_BASE_URL is not a URL: " + value, malformed);
    }
    boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equals(uri.getScheme());
    if (!http
        || uri.getHost() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw new IllegalStateException(
          "VITA_PUBLIC_BASE_URL must be an http(s) URL such as https://api.example.com, not "
              + value);
    }
    return trimmed;
  }
}
