package com.vita.marketplace.control;

import com.vita.marketplace.entity.MarketplaceSort;
import com.vita.platform.problems.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a keyset page ends, in the order it was read: the sort, the last row's sort value (price or
 * units as a whole number, a creation time in epoch microseconds, a relevance score) and its id.
 * Opaque to clients; a cursor of another sort is a 400, not a silently wrong page.
 */
public record ListingCursor(MarketplaceSort sort, String value, UUID id) {

  public String encoded() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((sort.wire() + "|" + value + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @return null for a null or blank cursor (the first page)
   * @throws ProblemException 400 for a cursor VITA did not make, or made for another sort
   */
  public static ListingCursor parse(String cursor, MarketplaceSort expected) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      MarketplaceSort sort = MarketplaceSort.fromWire(parts[0]).orElseThrow();
      if (parts.length != 3 || sort != expected) {
        throw new IllegalArgumentException();
      }
      // parsed now so a forged value is a 400 here, not an SQL error later
      if (sort == MarketplaceSort.RELEVANCE) {
        Double.parseDouble(parts[1]);
      } else {
        Long.parseLong(parts[1]);
      }
      return new ListingCursor(sort, parts[1], UUID.fromString(parts[2]));
    } catch (RuntimeException e) {
      throw ProblemException.invalidField(
          "cursor", "not a cursor from a previous page of this sort");
    }
  }
}
