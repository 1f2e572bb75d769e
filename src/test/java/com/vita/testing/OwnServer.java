package com.vita.testing;

import com.vita.devstack.DatabaseSettings;
import com.vita.devstack.FreePort;
import com.vita.devstack.LocalSigningKey;
import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.probe.ProbeWar;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A VITA server of a test's own, for what the shared server must not be used for (other settings, a
 * state that would leak into other tests). It runs the same WAR on the shared server's database and
 * trusts the same token key, so {@link TestTokens} work on it; everything else is the WAR's
 * defaults with {@link VitaTestServer#SUITE_SETTINGS} and the settings given. Each costs a Payara
 * start (about 10 s), so a test class starts one once ({@code @BeforeAll}) and closes it after all
 * its tests.
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
    return start(VitaTestServer.layout(instance), environment);
  }

  /**
   * The same with the probe servlets added to a copy of the WAR ({@link ProbeWar}), for tests that
   * drive beans no endpoint reaches the way they need (e.g. at an instant of the test's choosing).
   */
  public static PayaraMicroServer startWithProbes(String instance, Map<String, String> environment)
      throws IOException, InterruptedException {
    PayaraMicroServer.Layout shipped = VitaTestServer.layout(instance);
    Path war = ProbeWar.build(shipped.war(), shipped.workDir().resolve("vita-probe.war"));
    return start(
        new PayaraMicroServer.Layout(
            war, shipped.payaraDir(), shipped.serverConfigDir(), shipped.workDir()),
        environment);
  }

  /**
   * Starts several side by side (each start is mostly waiting for its own deployment) and answers
   * them in order. If one fails, those that started are closed and the first failure is thrown.
   */
  public static List<PayaraMicroServer> startSideBySide(List<Callable<PayaraMicroServer>> starts)
      throws Exception {
    VitaTestServer.stack(); // the shared database, migrated, before several servers use it at once
    ExecutorService starting = Executors.newFixedThreadPool(starts.size());
    try {
      List<PayaraMicroServer> started = new ArrayList<>();
      Exception failure = null;
      for (Future<PayaraMicroServer> start : starting.invokeAll(starts)) {
        try {
          started.add(start.get());
        } catch (ExecutionException e) {
          failure = failure != null ? failure : e.getCause() instanceof Exception c ? c : e;
        }
      }
      if (failure != null) {
        for (PayaraMicroServer server : started) {
          server.close();
        }
        throw failure;
      }
      return started;
    } finally {
      starting.shutdown();
    }
  }

  /**
   * The same on a database of the test's own ({@link TestDatabase#fresh}), for a server whose
   * background work (the outbox dispatcher) must not meet the shared server's on shared rows.
   */
  public static PayaraMicroServer startOn(
      String instance, DatabaseSettings database, Map<String, String> environment)
      throws IOException, InterruptedException {
    return start(VitaTestServer.layout(instance), database, environment);
  }

  private static PayaraMicroServer start(
      PayaraMicroServer.Layout layout, Map<String, String> environment)
      throws IOException, InterruptedException {
    return start(layout, VitaTestServer.stack().database(), environment);
  }

  private static PayaraMicroServer start(
      PayaraMicroServer.Layout layout, DatabaseSettings database, Map<String, String> environment)
      throws IOException, InterruptedException {
    Map<String, String> settings = new HashMap<>(VitaTestServer.SUITE_SETTINGS);
    settings.putAll(LocalSigningKey.environment(VitaTestServer.dataDir().resolve("keys")));
    settings.putAll(environment);
    return PayaraMicroServer.start(layout, database, FreePort.find(), settings, false);
  }

  /** A request to that server, with nothing else preset. */
  public static RequestSpecification api(PayaraMicroServer server) {
    return TestRequests.to(server.baseUri());
  }
}
