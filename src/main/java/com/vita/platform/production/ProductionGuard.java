package com.vita.platform.production;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * Refuses a production deployment that would run on a local fallback, before anything else starts
 * (the schema migration depends on it): one ERROR line per missing setting, a summary, and a failed
 * deployment. Locally it labels the fallbacks in use with one WARNING.
 */
@Startup
@Singleton
@DependsOn("JsonLogInstaller") // so its lines are VITA's JSON lines, like every other
public class ProductionGuard {

  private static final System.Logger LOG = System.getLogger(ProductionGuard.class.getName());

  @Inject DeploymentMode mode;

  @Inject @Any Instance<LocalFallback> fallbacks;

  @PostConstruct
  void check() {
    enforce(mode, FallbackReport.of(fallbacks), LOG);
  }

  /**
   * The decision, apart from the container.
   *
   * @throws FallbacksRefused in production when any fallback is engaged
   */
  static void enforce(DeploymentMode mode, FallbackReport report, System.Logger log) {
    if (mode.production()) {
      if (report.clean()) {
        log.log(Level.INFO, "Production mode: no local fallback is in use");
        return;
      }
      report.lines().forEach(line -> log.log(Level.ERROR, line));
      log.log(Level.ERROR, report.refusal());
      throw new FallbacksRefused(report.refusal());
    }
    mode.configured()
        .filter(value -> !"local".equalsIgnoreCase(value))
        .ifPresent(
            value ->
                log.log(
                    Level.WARNING,
                    "VITA_ENV is \"{0}\", not \"production\": VITA runs in local mode",
                    value));
    if (!report.clean()) {
      log.log(Level.WARNING, report.label());
    }
  }

  /** Fails the deployment; its message is the summary already logged. */
  static final class FallbacksRefused extends IllegalStateException {
    FallbacksRefused(String message) {
      super(message);
    }
  }
}
