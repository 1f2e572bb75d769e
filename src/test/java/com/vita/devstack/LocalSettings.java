package com.vita.devstack;

/**
 * The launcher's settings: environment variables (as in production), or system properties of the
 * same name (handy in tests). Blank counts as unset.
 */
public final class LocalSettings {

  private LocalSettings() {}

  /** The setting's value, or null when it is not set. */
  public static String get(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      value = System.getProperty(name);
    }
    return value == null || value.isBlank() ? null : value.trim();
  }

  public static String get(String name, String fallback) {
    String value = get(name);
    return value == null ? fallback : value;
  }
}
