package com.vita.platform.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionGuardTest {

  private static final DeploymentMode PRODUCTION = new DeploymentMode(Optional.of("production"));
  private static final DeploymentMode LOCAL = new DeploymentMode(Optional.empty());

  private final RecordingLogger log = new RecordingLogger();

  private static LocalFallback fallback(String name, MissingSetting... missing) {
    return new LocalFallback() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<MissingSetting> missingSettings() {
        return List.of(missing);
      }
    };
  }

  private static final LocalFallback MAIL =
      fallback("mail to the log", new MissingSetting("MAIL_SMTP_HOST", "mail goes to the log"));
  private static final LocalFallback KYC =
      fallback(
          "KYC sandbox",
          new MissingSetting("KYC_DIDIT_API_KEY", "KYC runs in the sandbox"),
          new MissingSetting("KYC_DIDIT_WORKFLOW_ID", "DIDIT refuses every session"));
  private static final LocalFallback CONFIGURED = fallback("documents on local disk");

  @Test
  void productionRefusesWithOneErrorLinePerMissingSettingAndASummary() {
    FallbackReport report = FallbackReport.of(List.of(MAIL, CONFIGURED, KYC));

    ProductionGuard.FallbacksRefused refused =
        assertThrows(
            ProductionGuard.FallbacksRefused.class,
            () -> ProductionGuard.enforce(PRODUCTION, report, log));

    String summary =
        "VITA_ENV=production: refusing to start on local fallbacks (KYC sandbox, mail to the"
            + " log); set the 3 settings named above (docs/configuration.md)";
    assertEquals(
        List.of(
            "ERROR KYC_DIDIT_API_KEY is not set: without it, KYC runs in the sandbox",
            "ERROR KYC_DIDIT_WORKFLOW_ID is not set: without it, DIDIT refuses every session",
            "ERROR MAIL_SMTP_HOST is not set: without it, mail goes to the log",
            "ERROR " + summary),
        log.lines);
    assertEquals(summary, refused.getMessage());
  }

  @Test
  void productionWithEverythingConfiguredStarts() {
    ProductionGuard.enforce(PRODUCTION, FallbackReport.of(List.of(CONFIGURED)), log);

    assertEquals(List.of("INFO Production mode: no local fallback is in use"), log.lines);
  }

  @Test
  void locallyTheFallbacksStayAndAreLabelledInOneWarning() {
    ProductionGuard.enforce(LOCAL, FallbackReport.of(List.of(MAIL, KYC, CONFIGURED)), log);

    assertEquals(
        List.of(
            "WARNING Local mode (VITA_ENV is not production), running on local fallbacks: KYC"
                + " sandbox, mail to the log. With VITA_ENV=production VITA would refuse to start"
                + " without KYC_DIDIT_API_KEY, KYC_DIDIT_WORKFLOW_ID, MAIL_SMTP_HOST"),
        log.lines);
  }

  @Test
  void aValueThatIsNotProductionIsSaidToBeLocal() {
    ProductionGuard.enforce(
        new DeploymentMode(Optional.of("prod")), FallbackReport.of(List.of(CONFIGURED)), log);

    assertEquals(
        List.of("WARNING VITA_ENV is \"prod\", not \"production\": VITA runs in local mode"),
        log.lines);
  }

  @Test
  void localWithNothingToLabelSaysNothing() {
    ProductionGuard.enforce(
        new DeploymentMode(Optional.of("local")), FallbackReport.of(List.of(CONFIGURED)), log);

    assertEquals(List.of(), log.lines);
  }
}
