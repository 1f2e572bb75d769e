package com.vita.marketplace.control;

import com.vita.marketplace.entity.MarketplaceSort;
import com.vita.platform.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The public reads, as the JSON they answer, through the cache: a hit costs a lookup and no
 * serialisation. Query parameters are validated and normalised here, so equal requests share an
 * entry and bad ones are a 400 before any SQL.
 */
@ApplicationScoped
public class MarketplaceReads {

  // made on first use: a unit test of the static helpers runs without a JSON-B provider
  private Jsonb json;

  @Inject ListingSearch search;
  @Inject Suggestions suggestions;
  @Inject CategoryTree categories;
  @Inject FeaturedSlots featured;
  @Inject MarketplaceCache cache;

  /** A page of products; with a text a search, with facets. */
  public String page(
      String q, ListingFilter filter, String sort, String cursor, Integer limit, boolean facets) {
    SearchText text = q == null ? null : SearchText.of(q, "q");
    MarketplaceSort order = sort(sort, text != null);
    ListingSearch.Query query =
        new ListingSearch.Query(
            text, filter, order, ListingCursor.parse(cursor, order), limit(limit), facets);
    return cache.answer("page", query.key(), () -> json().toJson(search.page(query)));
  }

  public String suggest(String q) {
    SearchText text = SearchText.of(q, "q");
    return cache.answer("suggest", text.lowered(), () -> json().toJson(suggestions.suggest(text)));
  }

  public String categories() {
    return cache.answer("categories", "", () -> json().toJson(categories.tree()));
  }

  public String featured() {
    return cache.answer("featured", "", () -> json().toJson(featured.current()));
  }

  private Jsonb json() {
    if (json == null) {
      json = JsonbBuilder.create();
    }
    return json;
  }

  /**
   * Relevance by default for a search, newest for a listing; relevance without a text is newest.
   */
  static MarketplaceSort sort(String wire, boolean searching) {
    if (wire == null || wire.isBlank()) {
      return searching ? MarketplaceSort.RELEVANCE : MarketplaceSort.NEWEST;
    }
    MarketplaceSort sort =
        MarketplaceSort.fromWire(wire.strip())
            .orElseThrow(
                () ->
                    ProblemException.invalidField(
                        "sort", "relevance, price_asc, price_desc, newest or best_selling"));
    return sort == MarketplaceSort.RELEVANCE && !searching ? MarketplaceSort.NEWEST : sort;
  }

  static int limit(Integer requested) {
    if (requested == null) {
      return ListingSearch.DEFAULT_LIMIT;
    }
    if (requested < 1 || requested > ListingSearch.MAX_LIMIT) {
      throw ProblemException.invalidField("limit", "between 1 and " + ListingSearch.MAX_LIMIT);
    }
    return requested;
  }
}
