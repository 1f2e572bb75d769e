package com.vita.testing;

/** Ends what a test class started, in order, whatever fails on the way. */
public final class Closing {

  private Closing() {}

  /**
   * Closes each one given that is not null (it may never have started), all of them even when one
   * fails, and then throws the first failure.
   */
  public static void all(AutoCloseable... resources) throws Exception {
    Exception first = null;
    for (AutoCloseable resource : resources) {
      if (resource == null) {
        continue;
      }
      try {
        resource.close();
      } catch (Exception e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
