package com.vita.catalog.control;

import com.vita.catalog.entity.Product;
import com.vita.platform.problems.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a keyset page ends: the last product's creation time and id, opaque to clients (base64url).
 * The next page starts strictly after it in the order newest first, so pages never skip or repeat a
 * product while others are added, and a deep page costs what the first does.
 */
public record PageCursor(Instant createdAt, UUID id) {

  public static PageCursor after(Product last) {
    return new PageCursor(last.createdAt(), last.id());
  }

  public String encoded() {
    long micros = createdAt.getEpochSecond() * 1_000_000 + createdAt.getNano() / 1_000;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * @return null for a null or blank cursor (the first page)
   * @throws ProblemException 400 for a cursor VITA did not make
   */
  public static PageCursor parse(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      int colon = text.indexOf(':');
      long micros = Long.parseLong(text.substring(0, colon));
      Instant at =
          Instant.ofEpochSecond(
              Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
      return new PageCursor(at, UUID.fromString(text.substring(colon + 1)));
    } catch (RuntimeException e) {
      throw ProblemException.invalidField("cursor", "not a cursor from a previous page");
    }
  }
}
