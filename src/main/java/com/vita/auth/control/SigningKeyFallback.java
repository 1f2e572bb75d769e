package com.vita.auth.control;

import com.vita.platform.production.LocalFallback;
import com.vita.platform.production.MissingSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token key pair must come from configuration ({@link SigningKey}). Locally the launcher
 * generates one into the data folder on first start; in production it does not, and the key comes
 * from the secrets manager, so both halves must be set.
 */
@ApplicationScoped
public class SigningKeyFallback implements LocalFallback {

  @Inject
  @ConfigProperty(name = "jwt.signing-key")
  Optional<String> inlinePem;

  @Inject
  @ConfigProperty(name = "jwt.signing-key.location")
  Optional<String> pemLocation;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.publickey")
  Optional<String> inlinePublicKey;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.publickey.location")
  Optional<String> publicKeyLocation;

  @Override
  public String name() {
    return "generated signing key";
  }

  @Override
  public List<MissingSetting> missingSettings() {
    List<MissingSetting> missing = new ArrayList<>();
    if (LocalFallback.isUnset(inlinePem) && LocalFallback.isUnset(pemLocation)) {
      missing.add(
          new MissingSetting(
              "JWT_SIGNING_KEY or JWT_SIGNING_KEY_LOCATION",
              "no access token can be signed (only the run command and the tests generate a key"
                  + " pair, and not in production)"));
    }
    if (LocalFallback.isUnset(inlinePublicKey) && LocalFallback.isUnset(publicKeyLocation)) {
      missing.add(
          new MissingSetting(
              "MP_JWT_VERIFY_PUBLICKEY_LOCATION or MP_JWT_VERIFY_PUBLICKEY",
              "MicroProfile JWT cannot verify VITA's access tokens"));
    }
    return missing;
  }
}
