package com.vita.marketplace.boundary;

import com.vita.marketplace.control.ListingFilter;
import com.vita.marketplace.control.MarketplaceReads;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The marketplace for anyone, signed in or not: eligible products only (V60's listing), searched in
 * Spanish with typo tolerance, in keyset pages. Answers are JSON text from the cache.
 */
@Path("marketplace")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace", description = "The curated catalogue and its search")
public class MarketplaceResource {

  @Inject MarketplaceReads reads;

  /** The filters and paging every list takes. */
  public static class Narrowing {
    @QueryParam("category")
    String category;

    @QueryParam("store")
    String store;

    @QueryParam("country")
    String country;

    @QueryParam("currency")
    String currency;

    @QueryParam("minPrice")
    String minPrice;

    @QueryParam("maxPrice")
    String maxPrice;

    @QueryParam("sort")
    String sort;

    @QueryParam("cursor")
    String cursor;

    @QueryParam("limit")
    Integer limit;

    ListingFilter filter() {
      return ListingFilter.of(category, store, country, currency, minPrice, maxPrice);
    }
  }

  @GET
  @Path("products")
  @PermitAll
  @Operation(summary = "Listed, eligible products; filters, sort (newest by default), keyset pages")
  @APIResponse(responseCode = "200", description = "A page and the next cursor")
  @APIResponse(responseCode = "400", description = "A bad filter, sort, cursor or limit")
  public String products(@BeanParam Narrowing narrowing) {
    return reads.page(
        null, narrowing.filter(), narrowing.sort, narrowing.cursor, narrowing.limit, false);
  }

  @GET
  @Path("search")
  @PermitAll
  @Operation(summary = "Spanish full-text and typo-tolerant search with facets (relevance first)")
  @APIResponse(responseCode = "200", description = "A page, the next cursor and the facets")
  @APIResponse(responseCode = "400", description = "No q, q over 200 characters, or a bad filter")
  public String search(@QueryParam("q") String q, @BeanParam Narrowing narrowing) {
    return reads.page(
        q == null ? "" : q,
        narrowing.filter(),
        narrowing.sort,
        narrowing.cursor,
        narrowing.limit,
        true);
  }

  @GET
  @Path("suggest")
  @PermitAll
  @Operation(summary = "Search-as-you-type: products and categories, from three characters")
  @APIResponse(responseCode = "200", description = "Up to 8 of each (none below 3 characters)")
  public String suggest(@QueryParam("q") String q) {
    return reads.suggest(q == null ? "" : q);
  }

  @GET
  @Path("categories")
  @PermitAll
  @Operation(summary = "The categories of listed products as a tree, with counts")
  public String categories() {
    return reads.categories();
  }

  @GET
  @Path("featured")
  @PermitAll
  @Operation(summary = "The admin-curated slots showing now")
  public String featured() {
    return reads.featured();
  }
}
