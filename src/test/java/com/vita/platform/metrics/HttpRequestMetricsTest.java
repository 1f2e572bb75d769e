package com.vita.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpRequestMetricsTest {

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"})
  void standardMethodsAreTheirOwnLabel(String method) {
    assertEquals(method, HttpRequestMetrics.methodLabel(method));
  }

  @Test
  void anyOtherMethodCollapsesIntoOneLabel() {
    assertEquals("OTHER", HttpRequestMetrics.methodLabel("FOO123"));
    assertEquals("OTHER", HttpRequestMetrics.methodLabel("get"));
    assertEquals("OTHER", HttpRequestMetrics.methodLabel("X".repeat(8000)));
    assertEquals("OTHER", HttpRequestMetrics.methodLabel(null));
  }
}
