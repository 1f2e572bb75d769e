package com.vita.platform.storage;

import java.text.Normalizer;

/**
 * Cleans a client's file name for display. The result is never used to build a path, but it ends up
 * in logs, e-mails and {@code Content-Disposition} headers, so directory parts, {@code ..}, control
 * characters (line breaks forge log lines and headers) and quotes go, and it is capped.
 */
final class FileNames {

  static final int MAX_LENGTH = 120;

  private FileNames() {}

  /**
   * The name to keep for display: refused when it reaches for a path or carries control characters
   * (browsers send a bare name, so those are crafted), otherwise {@link #sanitise cleaned}.
   *
   * @throws UnsafeFileNameException for a name with {@code /}, {@code \}, a {@code ..} or controls
   */
  static String displayName(String name) {
    if (name != null
        && (name.indexOf('/') >= 0
            || name.indexOf('\\') >= 0
            || name.strip().equals("..")
            || name.codePoints().anyMatch(Character::isISOControl))) {
      throw new UnsafeFileNameException();
    }
    return sanitise(name);
  }

  /** The cleaned name, or null when nothing usable is left. */
  static String sanitise(String name) {
    if (name == null) {
      return null;
    }
    String cleaned = Normalizer.normalize(name, Normalizer.Form.NFC);
    // Only the last path segment, whichever separator the client's system uses.
    int slash = Math.max(cleaned.lastIndexOf('/'), cleaned.lastIndexOf('\\'));
    cleaned = cleaned.substring(slash + 1);
    StringBuilder kept = new StringBuilder(cleaned.length());
    cleaned
        .codePoints()
        .filter(c -> !Character.isISOControl(c))
        .filter(c -> Character.getType(c) != Character.FORMAT) // bidi overrides hide extensions
        .filter(c -> c != '"' && c != ':' && c != '<' && c != '>' && c != '|' && c != '*')
        .forEach(kept::appendCodePoint);
    cleaned = kept.toString().replace("..", "").strip();
    while (cleaned.startsWith(".")) {
      cleaned = cleaned.substring(1); // no hidden files, no "." or ".."
    }
    if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
      cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH));
    }
    return cleaned.isBlank() ? null : cleaned;
  }
}
