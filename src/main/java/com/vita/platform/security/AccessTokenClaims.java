package com.vita.platform.security;

import java.util.Map;
import java.util.UUID;

/**
 * A component's contribution to an account's access token and profile, such as {@code kyc} and
 * {@code kyb}. The identity component collects every implementation when it issues a token, so the
 * states stay with the components that own them and auth stores none of them.
 */
public interface AccessTokenClaims {

  /** The claims this component adds for the account: names to lower-case string values. */
  Map<String, String> claimsFor(UUID accountId);
}
