package com.vita.payments.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A pretend Cregis for local runs without {@code CREGIS_API_KEY}: the address is made up ({@code
 * sandbox-…}, on no chain), and an admin pays it with a pretend deposit ({@code POST
 * /api/v1/admin/payments/crypto-sandbox/{paymentId}/deposit}), which takes the same path as Cregis'
 * callback. Its payments say {@code provider: cregis_sandbox}; production refuses to start with it
 * ({@link CregisSandboxFallback}). Nothing here moves money.
 */
@ApplicationScoped
public class CregisSandboxGateway extends CryptoGateway {

  static final String PROVIDER = "cregis_sandbox";

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public boolean sandbox() {
    return true;
  }

  @Override
  String newAddress(IntentRequest request) {
    return "sandbox-" + request.paymentId().toString().replace("-", "");
  }
}
