package com.vita.devstack;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where VITA's PostgreSQL is, read from {@code DATABASE_URL} in any of the usual spellings ({@code
 * postgres://}, {@code postgresql://}, {@code jdbc:postgresql://}), with credentials in the URL or
 * in {@code DATABASE_USER}/{@code DATABASE_PASSWORD}. Other query parameters (such as {@code
 * sslmode}) are kept as driver properties.
 */
public record DatabaseSettings(
    String host,
    int port,
    String database,
    String user,
    String password,
    Map<String, String> options) {

  public static DatabaseSettings fromUrl(String url, String user, String password) {
    String plain = url.trim().replaceFirst("^jdbc:", "");
    URI uri = URI.create(plain);
    if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
      throw new IllegalArgumentException("DATABASE_URL must be a postgres:// or postgresql:// URL");
    }
    Map<String, String> options = query(uri.getRawQuery());
    String urlUser = options.remove("user");
    String urlPassword = options.remove("password");
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      urlUser = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      urlPassword = colon < 0 ? urlPassword : decode(userInfo.substring(colon + 1));
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    return new DatabaseSettings(
        uri.getHost() == null ? "localhost" : uri.getHost(),
        uri.getPort() > 0 ? uri.getPort() : 5432,
        path.isEmpty() ? "vita" : path,
        firstNonBlank(user, urlUser, "postgres"),
        firstNonBlank(password, urlPassword, ""),
        options);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  /**
   * The pool's properties as one asadmin {@code --property} value: {@code name=value} pairs joined
   * by colons, with colons, equals signs and backslashes in values escaped as asadmin requires.
   */
  public String asadminProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("serverName", host);
    properties.put("portNumber", Integer.toString(port));
    properties.put("databaseName", database);
    properties.put("user", user);
    // "()" is asadmin's spelling of an empty value; without a password property the pool
    // refuses to connect even where the server trusts the user.
    properties.put("password", password.isEmpty() ? "()" : password);
    properties.putAll(options);
    StringBuilder joined = new StringBuilder();
    properties.forEach(
        (name, value) -> {
          if (joined.length() > 0) {
            joined.append(':');
          }
          joined.append(name).append('=').append(value.equals("()") ? value : escape(value));
        });
    return joined.toString();
  }

  private static String escape(String value) {
    return value.replaceAll("([\\\\:=])", "\\\\$1");
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + jdbcUrl() + ", user=" + user + "]"; // never the password
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> options = new LinkedHashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          options.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
        }
      }
    }
    return options;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return "";
  }
}
