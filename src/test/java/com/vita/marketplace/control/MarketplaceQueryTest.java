package com.vita.marketplace.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.marketplace.entity.MarketplaceSort;
import com.vita.platform.problems.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Query normalisation, filters, cursors and the SQL they make, without a database. */
class MarketplaceQueryTest {

  @Test
  void searchTextIsTrimmedCollapsedAndFreeOfControlCharacters() {
    assertEquals("zapato de cuero", SearchText.of("  zapato\t\n de\u0000cuero \u200b", "q").text());
    assertEquals("café", SearchText.of("Cafe\u0301", "q").lowered());
    assertEquals("cafe", SearchText.of("CAFÉ", "q").unaccented());
  }

  @Test
  void tooLongBlankOrAbsentTextIsA400() {
    assertThrows(ProblemException.class, () -> SearchText.of("a".repeat(10_000), "q"));
    assertThrows(ProblemException.class, () -> SearchText.of("a".repeat(201), "q"));
    assertEquals(200, SearchText.of("a".repeat(200), "q").length());
    assertThrows(ProblemException.class, () -> SearchText.of("   \u0000 ", "q"));
    assertThrows(ProblemException.class, () -> SearchText.of(null, "q"));
  }

  @Test
  void likeWildcardsMatchThemselves() {
    assertEquals("\\%\\_\\\\%", SearchText.of("%_\\", "q").likePrefix());
  }

  @Test
  void theSearchTextIsOnlyEverAParameter() {
    String evil = "x'); drop table product; --";
    BoundSql sql =
        ListingStatements.page(
            SearchText.of(evil, "q"),
            ListingFilter.NONE,
            MarketplaceSort.RELEVANCE,
            null,
            20,
            false);
    assertFalse(sql.toString().contains("drop table"));
    assertTrue(sql.toString().contains("websearch_to_tsquery"));
  }

  @Test
  void filtersParseAndRefuseNonsense() {
    ListingFilter filter = ListingFilter.of("moda", null, "cl", "clp", "1000", "5000");
    assertEquals("CL", filter.country());
    assertEquals("CLP", filter.currency());
    assertEquals(1000L, filter.minPriceMinor());
    assertEquals(5995L, ListingFilter.of(null, null, null, "EUR", "59.95", null).minPriceMinor());
    assertThrows(
        ProblemException.class, () -> ListingFilter.of(null, null, null, null, "10", null));
    assertThrows(
        ProblemException.class, () -> ListingFilter.of(null, null, null, "CLP", "9.5", null));
    assertThrows(ProblemException.class, () -> ListingFilter.of(null, null, null, "EUR", "5", "1"));
    assertThrows(
        ProblemException.class, () -> ListingFilter.of(null, null, null, "XXXX", null, null));
    assertThrows(
        ProblemException.class, () -> ListingFilter.of(null, "nope", null, null, null, null));
  }

  @Test
  void cursorsRoundTripAndBelongToTheirSort() {
    UUID id = UUID.randomUUID();
    ListingCursor cursor = new ListingCursor(MarketplaceSort.RELEVANCE, "0.30000001192092896", id);
    assertEquals(cursor, ListingCursor.parse(cursor.encoded(), MarketplaceSort.RELEVANCE));
    assertThrows(
        ProblemException.class,
        () -> ListingCursor.parse(cursor.encoded(), MarketplaceSort.NEWEST));
    assertThrows(
        ProblemException.class, () -> ListingCursor.parse("bm9wZQ", MarketplaceSort.NEWEST));
    assertNull(ListingCursor.parse(" ", MarketplaceSort.NEWEST));
  }

  @Test
  void relevanceWithoutTextIsNewestAndUnknownSortsAre400() {
    assertEquals(MarketplaceSort.NEWEST, MarketplaceReads.sort("relevance", false));
    assertEquals(MarketplaceSort.RELEVANCE, MarketplaceReads.sort(null, true));
    assertEquals(MarketplaceSort.PRICE_DESC, MarketplaceReads.sort("price_desc", true));
    assertThrows(ProblemException.class, () -> MarketplaceReads.sort("cheapest", true));
    assertThrows(ProblemException.class, () -> MarketplaceReads.limit(0));
  }

  @Test
  void prefixUpperBoundIsTheNextText() {
    assertEquals("zaq", Suggestions.upperBound("zap"));
    assertEquals("caf\u00ea", Suggestions.upperBound("caf\u00e9"));
  }

  @Test
  void categoryPathsMakeATreeWhoseNodesCountTheirDescendants() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("moda/calzado", 3L);
    counts.put("moda", 2L);
    counts.put("moda/bolsos", 1L);
    counts.put("alimentos", 4L);
    List<CategoryTree.Node> tree = CategoryTree.build(counts);
    assertEquals(List.of("moda", "alimentos"), tree.stream().map(CategoryTree.Node::name).toList());
    assertEquals(6, tree.get(0).count());
    assertEquals(
        List.of("moda/calzado", "moda/bolsos"),
        tree.get(0).children().stream().map(CategoryTree.Node::path).toList());
    assertEquals("moda calzado", CategoryTree.searchable("Moda/Calzado"));
  }
}
