package com.vita.payments.boundary;

import com.vita.payments.control.BankConnection;
import com.vita.payments.control.PaymentGateways;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Always up; says whether card payments are real (stripe) or the sandbox, crypto likewise (cregis
 * or sandbox), and whether bank transfers are verified with the bank or by its sandbox, for
 * operators.
 */
@Readiness
@ApplicationScoped
public class PaymentsReadiness implements HealthCheck {

  @Inject PaymentGateways gateways;
  @Inject BankConnection bank;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("payments")
        .up()
        .withData("cards", gateways.cardsInSandbox() ? "sandbox" : "stripe")
        .withData("crypto", gateways.cryptoInSandbox() ? "sandbox" : "cregis")
        .withData("bankTransfers", bank.sandbox() ? "sandbox" : "bank")
        .build();
  }
}
