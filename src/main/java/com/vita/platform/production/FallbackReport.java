package com.vita.platform.production;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The fallbacks a deployment would run on, read once at start-up: what {@link ProductionGuard}
 * refuses in production and labels locally.
 */
record FallbackReport(List<Engaged> engaged) {

  /** A fallback in use and the settings that would replace it. */
  record Engaged(String name, List<MissingSetting> missing) {}

  FallbackReport {
    engaged = List.copyOf(engaged);
  }

  /** Asks each fallback; the order is by name, so the lines do not depend on bean discovery. */
  static FallbackReport of(Iterable<? extends LocalFallback> fallbacks) {
    List<Engaged> engaged = new ArrayList<>();
    for (LocalFallback fallback : fallbacks) {
      List<MissingSetting> missing = fallback.missingSettings();
      if (!missing.isEmpty()) {
        engaged.add(new Engaged(fallback.name(), List.copyOf(missing)));
      }
    }
    engaged.sort(Comparator.comparing(Engaged::name));
    return new FallbackReport(engaged);
  }

  boolean clean() {
    return engaged.isEmpty();
  }

  /** One line per missing setting, as logged. */
  List<String> lines() {
    return engaged.stream()
        .flatMap(fallback -> fallback.missing().stream())
        .map(MissingSetting::line)
        .toList();
  }

  /** Why production refuses to start; the lines before it name each setting. */
  String refusal() {
    long settings = engaged.stream().mapToLong(fallback -> fallback.missing().size()).sum();
    return "VITA_ENV=production: refusing to start on local fallbacks ("
        + names()
        + "); set the "
        + settings
        + (settings == 1 ? " setting" : " settings")
        + " named above (docs/configuration.md)";
  }

  /** The local-mode label: every stand-in in use, in one line. */
  String label() {
    return "Local mode (VITA_ENV is not production), running on local fallbacks: "
        + names()
        + ". With VITA_ENV=production VITA would refuse to start without "
        + engaged.stream()
            .flatMap(fallback -> fallback.missing().stream())
            .map(MissingSetting::variable)
            .collect(Collectors.joining(", "));
  }

  private String names() {
    return engaged.stream().map(Engaged::name).collect(Collectors.joining(", "));
  }
}
