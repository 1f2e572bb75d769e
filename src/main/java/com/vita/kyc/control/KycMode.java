package com.vita.kyc.control;

import com.vita.platform.production.LocalFallback;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether identity checks go to DIDIT or stay in the sandbox. Without an API key there is no DIDIT
 * to talk to, so local runs and demos get a sandbox where an admin decides each session; the
 * start-up log, the initiate answer ({@code sandbox: true}) and readiness all say so, so nobody
 * mistakes it for real verification.
 */
@ApplicationScoped
public class KycMode {

  private static final System.Logger LOG = System.getLogger(KycMode.class.getName());

  @Inject
  @ConfigProperty(name = "kyc.didit.api-key")
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = "kyc.didit.workflow-id")
  Optional<String> workflowId;

  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (sandbox()) {
      LOG.log(
          System.Logger.Level.WARNING,
          "KYC runs in SANDBOX mode: no kyc.didit.api-key is configured; sessions are local and"
              + " an admin decides them. Nobody's identity is really checked.");
    } else if (workflowId.filter(id -> !id.isBlank()).isEmpty()) {
      LOG.log(
          System.Logger.Level.ERROR,
          "kyc.didit.api-key is set but kyc.didit.workflow-id is not: DIDIT sessions will fail");
    }
  }

  public boolean sandbox() {
    return isSandbox(apiKey);
  }

  /** The rule itself: sandbox exactly when no (non-blank) API key is configured. */
  static boolean isSandbox(Optional<String> apiKey) {
    return LocalFallback.isUnset(apiKey);
  }

  public String name() {
    return sandbox() ? "sandbox" : "didit";
  }
}
