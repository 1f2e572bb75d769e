package com.vita.platform.ratelimit;

/** A key's fixed window as a store sees it: the hits counted in it and the time until it ends. */
public record Window(long count, long millisToReset) {

  static final Window NONE = new Window(0, 0);

  /** Whole seconds until the window ends, rounded up: a client that waits that long gets in. */
  public long secondsToReset() {
    return (millisToReset + 999) / 1000;
  }
}
