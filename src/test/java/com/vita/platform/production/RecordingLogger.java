package com.vita.platform.production;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** A {@link System.Logger} that keeps what it is given, as {@code LEVEL message}. */
final class RecordingLogger implements System.Logger {

  final List<String> lines = new ArrayList<>();

  @Override
  public String getName() {
    return "recording";
  }

  @Override
  public boolean isLoggable(Level level) {
    return true;
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
    lines.add(level + " " + message);
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    lines.add(
        level
            + " "
            + (params == null || params.length == 0
                ? format
                : MessageFormat.format(format, params)));
  }
}
