package com.vita.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import org.junit.jupiter.api.Test;

class RouteTemplatesTest {

  @ApplicationPath("/api/v1/")
  static class Api extends Application {}

  @Path("/stores")
  static class Stores {
    @GET
    public void list() {}

    @GET
    @Path("{storeId: [0-9]+}/products/{sku}")
    public void product() {}
  }

  private final RouteTemplates routes = new RouteTemplates(Api.class);

  @Test
  void joinsApplicationClassAndMethodPaths() throws Exception {
    assertEquals("/api/v1/stores", routes.of(Stores.class, Stores.class.getMethod("list")));
  }

  @Test
  void dropsParameterRegexesFromTheTemplate() throws Exception {
    assertEquals(
        "/api/v1/stores/{storeId}/products/{sku}",
        routes.of(Stores.class, Stores.class.getMethod("product")));
  }
}
