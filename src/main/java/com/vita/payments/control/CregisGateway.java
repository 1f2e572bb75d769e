package com.vita.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Crypto payments through Cregis' address receive (地址收款): each payment gets its own deposit
 * address, so a deposit names its payment by the address it reached.
 */
@ApplicationScoped
public class CregisGateway extends CryptoGateway {

  static final String PROVIDER = "cregis";

  @Inject CregisClient client;

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public boolean sandbox() {
    return false;
  }

  @Override
  String newAddress(IntentRequest request) {
    // Cregis allows an alias; the payment id ties the address to VITA's payment in its console.
    return client.createAddress(request.paymentId().toString().replace("-", "").substring(0, 20));
  }
}
