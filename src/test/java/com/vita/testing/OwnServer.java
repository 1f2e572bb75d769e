package com.vita.testing;

import com.vita.devstack.FreePort;
import com.vita.devstack.LocalSigningKey;
import com.vita.devstack.PayaraMicroServer;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A VITA server of a test's own, for what the shared server must not be used for (other settings, a
 * state that would leak into other tests). It runs the same WAR on the shared server's database and
 * trusts the same token key, so {@link TestTokens} work on it; everything else is the WAR's
 * defaults plus the settings given. Each costs a Payara start (about 10 s), so a test class starts
 * one once ({@code @BeforeAll}) and closes it after all its tests.
 */
public final class OwnServer {

  private OwnServer() {}

  /**
   * Starts it and waits until it is ready.
   *
   * @param instance names its work directory under the test data directory ({@code payara-<name>})
   * @param environment settings on top of the token key's, e.g. {@code KYC_DIDIT_BASE_URL}
   */
  public static PayaraMicroServer start(String instance, Map<String, String> environment)
      throws IOException, InterruptedException {
    Map<String, String> settings =
        new HashMap<>(LocalSigningKey.environment(VitaTestServer.dataDir().resolve("keys")));
    settings.putAll(environment);
    return PayaraMicroServer.start(
        VitaTestServer.layout(instance),
        VitaTestServer.stack().database(),
        FreePort.find(),
        settings,
        false);
  }

  /** A request to that server, with nothing else preset. */
  public static RequestSpecification api(PayaraMicroServer server) {
    return new RequestSpecBuilder().setBaseUri(server.baseUri()).build();
  }
}
