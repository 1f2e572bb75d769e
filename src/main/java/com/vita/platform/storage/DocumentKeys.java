package com.vita.platform.storage;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Generates document keys, {@code <kind>/<yyyy>/<mm>/<uuid>}, and recognises them. Keys are made by
 * VITA alone: a client's file name never becomes part of a path or an object name. The month in the
 * key lets lifecycle rules and audits work by period; the random UUID makes keys unguessable and
 * unique without a lookup.
 */
final class DocumentKeys {

  private static final Pattern KEY =
      Pattern.compile(
          "[a-z-]+/[0-9]{4}/(0[1-9]|1[0-2])/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Clock clock;

  DocumentKeys(Clock clock) {
    this.clock = clock;
  }

  String next(DocumentKind kind) {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
    return String.format(
        "%s/%04d/%02d/%s", kind.prefix(), now.getYear(), now.getMonthValue(), UUID.randomUUID());
  }

  /** Whether the key has the shape VITA generates; anything else (a crafted path) is refused. */
  static boolean isWellFormed(String key) {
    return key != null
        && KEY.matcher(key).matches()
        && DocumentKind.forPrefix(key.substring(0, key.indexOf('/'))) != null;
  }

  /**
   * The key unchanged, or {@link DocumentNotFoundException} for one VITA never generates: callers
   * answer 404 rather than tell a prober which shapes exist.
   */
  static String require(String key) {
    if (!isWellFormed(key)) {
      throw new DocumentNotFoundException();
    }
    return key;
  }
}
