package com.vita.platform.production;

import java.util.List;
import java.util.Optional;

/**
 * A stand-in a component uses when settings are missing: fine on a laptop, never in production.
 * Implemented by the component that makes the choice, next to it, as an {@code @ApplicationScoped}
 * bean; {@link ProductionGuard} finds every implementation.
 */
public interface LocalFallback {

  /** What the stand-in is, for the log: {@code "KYC sandbox"}, {@code "mail to the log"}. */
  String name();

  /**
   * The settings that are missing, each with what happens without it; empty when the real thing is
   * configured and the stand-in is not in use. Read from configuration only, with no side effects:
   * it runs before anything else at start-up.
   */
  List<MissingSetting> missingSettings();

  /** A setting counts as unset when absent or blank (an empty environment variable). */
  static boolean isUnset(Optional<String> value) {
    return value.map(String::strip).filter(v -> !v.isEmpty()).isEmpty();
  }
}
