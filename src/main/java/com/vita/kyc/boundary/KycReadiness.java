package com.vita.kyc.boundary;

import com.vita.kyc.control.KycMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Always up; says whether identity checks are real (didit) or the sandbox, for operators. */
@Readiness
@ApplicationScoped
public class KycReadiness implements HealthCheck {

  @Inject KycMode mode;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("kyc").up().withData("mode", mode.name()).build();
  }
}
