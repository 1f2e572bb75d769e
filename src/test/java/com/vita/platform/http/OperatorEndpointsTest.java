package com.vita.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperatorEndpointsTest {

  private static final Optional<String> UNSET = Optional.empty();

  @Test
  void productionKeepsMetricsAndOpenApiToLoopbackByDefault() throws Exception {
    OperatorEndpoints production = new OperatorEndpoints(true, UNSET, UNSET);

    for (String path : new String[] {"/metrics", "/metrics/base", "/openapi", "/openapi-ui/"}) {
      assertTrue(production.permits(path, ip("127.0.0.1")), path);
      assertTrue(production.permits(path, ip("::1")), path);
      assertFalse(production.permits(path, ip("10.0.0.7")), path);
      assertFalse(production.permits(path, ip("203.0.113.9")), path);
      assertFalse(production.permits(path, Optional.empty()), path);
    }
  }

  @Test
  void theConfiguredNetworksReplaceTheDefault() throws Exception {
    OperatorEndpoints production =
        new OperatorEndpoints(true, Optional.of("10.0.0.0/16, 2001:db8::/32"), UNSET);

    assertTrue(production.permits("/metrics", ip("10.0.255.1")));
    assertTrue(production.permits("/metrics", ip("2001:db8::5")));
    assertFalse(production.permits("/metrics", ip("10.1.0.1")));
    assertFalse(production.permits("/metrics", ip("127.0.0.1")), "loopback only by default");
  }

  @Test
  void openApiCanBeMadePublicButMetricsCannot() throws Exception {
    OperatorEndpoints production = new OperatorEndpoints(true, UNSET, Optional.of("true"));

    assertTrue(production.permits("/openapi", ip("203.0.113.9")));
    assertTrue(production.permits("/openapi-ui/index.html", ip("203.0.113.9")));
    assertFalse(production.permits("/metrics", ip("203.0.113.9")));
  }

  @Test
  void locallyEverythingIsOpenUnlessNetworksAreSet() throws Exception {
    assertTrue(new OperatorEndpoints(false, UNSET, UNSET).permits("/metrics", ip("203.0.113.9")));
    assertTrue(new OperatorEndpoints(false, UNSET, UNSET).permits("/metrics", Optional.empty()));

    OperatorEndpoints restricted = new OperatorEndpoints(false, Optional.of("10.0.0.0/8"), UNSET);
    assertFalse(restricted.permits("/metrics", ip("203.0.113.9")));
    assertTrue(restricted.permits("/openapi", ip("203.0.113.9")), "OpenAPI is public locally");
    assertFalse(
        new OperatorEndpoints(false, Optional.of("10.0.0.0/8"), Optional.of("false"))
            .permits("/openapi", ip("203.0.113.9")));
  }

  @Test
  void aPathThatIsNotOpenApiIsHeldToTheMetricsRule() throws Exception {
    OperatorEndpoints production = new OperatorEndpoints(true, UNSET, Optional.of("true"));

    assertFalse(production.permits("/openapi-evil", ip("203.0.113.9")));
    assertFalse(production.permits("/anything", ip("203.0.113.9")));
  }

  @Test
  void malformedSettingsStopTheDeployment() {
    IllegalArgumentException network =
        assertThrows(
            IllegalArgumentException.class,
            () -> new OperatorEndpoints(true, Optional.of("10.0.0.0/8, intranet"), UNSET));
    assertEquals(
        "metrics.allowed-networks: 'intranet' is not an IP address or CIDR block",
        network.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new OperatorEndpoints(true, UNSET, Optional.of("yes")));
  }

  private static Optional<InetAddress> ip(String literal) throws UnknownHostException {
    return Optional.of(InetAddress.getByName(literal));
  }
}
