package com.vita.platform.production;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this deployment is production ({@code VITA_ENV=production}) or local (any other value, or
 * none). Production refuses to start on local fallbacks and keeps operators' endpoints off the
 * public surface; local runs keep every fallback, labelled.
 */
@ApplicationScoped
public class DeploymentMode {

  static final String PRODUCTION = "production";

  @Inject
  @ConfigProperty(name = "vita.env")
  Optional<String> environment;

  public DeploymentMode() {}

  DeploymentMode(Optional<String> environment) {
    this.environment = environment;
  }

  public boolean production() {
    return isProduction(environment);
  }

  /** The rule itself: production exactly when the value is {@code production} (any case). */
  static boolean isProduction(Optional<String> environment) {
    return environment
        .map(value -> value.strip().toLowerCase(Locale.ROOT))
        .filter(PRODUCTION::equals)
        .isPresent();
  }

  /** The value as configured, for the start-up log: a typo such as {@code prod} is local. */
  Optional<String> configured() {
    return environment.map(String::strip).filter(value -> !value.isEmpty());
  }
}
