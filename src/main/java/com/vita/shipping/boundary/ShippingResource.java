package com.vita.shipping.boundary;

import com.vita.platform.country.CountryCode;
import com.vita.shipping.control.ShippingCatalog;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public shipping information: the services per country and quotes for a parcel. */
@Path("shipping")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shipping", description = "Carriers, services and prices per country")
public class ShippingResource {

  @Inject ShippingCatalog catalog;

  @GET
  @Path("methods/{country}")
  @Operation(summary = "The shipping services offered in a country (CL, CO, MX, ES, AE)")
  @APIResponse(responseCode = "200", description = "The country's services")
  @APIResponse(responseCode = "400", description = "The country is not a two-letter code")
  @APIResponse(responseCode = "404", description = "VITA does not ship in that country")
  public ShippingMethodsView methods(@PathParam("country") String country) {
    CountryCode code = CountryCode.of(country);
    return ShippingMethodsView.of(code, catalog.methodsIn(code));
  }

  @POST
  @Path("calculate")
  @Operation(
      summary = "Quotes from every service to the destination country and region, cheapest first")
  @APIResponse(responseCode = "200", description = "The quotes")
  @APIResponse(responseCode = "400", description = "Invalid parcel or destination")
  @APIResponse(responseCode = "404", description = "VITA does not ship in that country")
  public ShippingQuotesView calculate(@Valid @NotNull ShippingQuoteRequest request) {
    CountryCode destination = CountryCode.of(request.country());
    return ShippingQuotesView.of(
        catalog.quotesFor(destination, request.region(), request.shippingItems()));
  }
}
