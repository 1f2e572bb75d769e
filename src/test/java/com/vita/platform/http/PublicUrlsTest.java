package com.vita.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicUrlsTest {

  @Test
  void urlsAreBuiltFromTheConfiguredBase() {
    assertEquals(
        URI.create("https://api.vita.example/api/v1/kyb/status/7"),
        urls(Optional.of(" https://api.vita.example/ ")).of("/api/v1/kyb/status/7"));
    assertEquals(
        URI.create("https://vita.example/edge/openapi-ui/"),
        urls(Optional.of("https://vita.example/edge")).of("/openapi-ui/"));
  }

  @Test
  void unsetOrBlankIsTheLocalDefault() {
    assertEquals(URI.create("http://localhost:8080/x"), urls(Optional.empty()).of("/x"));
    assertEquals(URI.create("http://localhost:8080/x"), urls(Optional.of("  ")).of("/x"));
  }

  @Test
  void aPathMustBeAbsolute() {
    PublicUrls urls = urls(Optional.empty());
    assertThrows(IllegalArgumentException.class, () -> urls.of("kyb/status/1"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "api.vita.example",
        "ftp://vita.example",
        "https://vita.example/?a=b",
        "https://vita.example/#top",
        "https://user@vita.example",
        "https://vita example",
        "https:///path"
      })
  void whatIsNotAnHttpBaseStopsTheDeployment(String value) {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> urls(Optional.of(value)));
    assertTrue(refused.getMessage().contains("VITA_PUBLIC_BASE_URL"), refused.getMessage());
  }

  @Test
  void productionIsToldWhenTheBaseIsMissing() {
    LocalhostLinksFallback fallback = new LocalhostLinksFallback();
    fallback.configured = Optional.empty();
    assertEquals("links to localhost", fallback.name());
    assertEquals("VITA_PUBLIC_BASE_URL", fallback.missingSettings().get(0).variable());
    fallback.configured = Optional.of("https://api.vita.example");
    assertTrue(fallback.missingSettings().isEmpty());
  }

  private static PublicUrls urls(Optional<String> configured) {
    PublicUrls urls = new PublicUrls();
    urls.configured = configured;
    urls.init();
    return urls;
  }
}
