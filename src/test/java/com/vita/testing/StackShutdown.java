package com.vita.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the shared server, its database and Redis when the test session ends. */
public class StackShutdown implements LauncherSessionListener {

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    try {
      VitaTestServer.stop();
    } catch (Exception e) {
      throw new IllegalStateException("The test server did not stop cleanly", e);
    }
  }
}
