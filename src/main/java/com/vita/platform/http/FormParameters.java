package com.vita.platform.http;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parameters of a query string and an {@code application/x-www-form-urlencoded} body. */
final class FormParameters {

  private FormParameters() {}

  /** Query parameters first, then the body's, each name's values in order (as servlets do). */
  static Map<String, String[]> of(String query, String body, Charset bodyCharset) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    add(values, query, StandardCharsets.UTF_8);
    add(values, body, bodyCharset);
    Map<String, String[]> parameters = new LinkedHashMap<>();
    values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
    return Collections.unmodifiableMap(parameters);
  }

  private static void add(Map<String, List<String>> values, String encoded, Charset charset) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
      values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
  }
}
