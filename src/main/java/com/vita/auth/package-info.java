/**
 * Identity: accounts, passwords, roles and the tokens that prove them. VITA is its own identity
 * provider: access tokens are RS256 JWTs of 15 minutes signed here ({@link
 * com.vita.auth.control.AccessTokens}) and verified by MicroProfile JWT (the public key is
 * configuration, and published at {@code /.well-known/jwks.json}); refresh tokens are opaque,
 * stored only as SHA-256 hashes, rotate on every use, and a reused one revokes its whole family
 * (someone holds a stolen copy). Logout revokes the family and denies the access token's {@code
 * jti} until it expires. Passwords are bcrypt (cost 12 by default); a login for an unknown e-mail
 * still spends one bcrypt verification so the two failures take the same time.
 *
 * <p>People of an external OpenID Connect issuer (Amazon Cognito, when configured) trade its token
 * for VITA's at {@code POST /auth/token-exchange} ({@link com.vita.auth.control.ExternalSignIn}):
 * MicroProfile JWT trusts one issuer only, and one token format on every request is simpler and
 * safer than two. Such an exchange needs {@code email_verified: true}; the account's roles are
 * VITA's own grants plus what the issuer's groups say now (kept apart, so each side removes only
 * what it gave).
 *
 * <p>An account's e-mail address is verified by a mailed one-time token ({@link
 * com.vita.auth.control.EmailVerifications}); an {@code AUTH_ADMIN_EMAILS} address becomes admin
 * only then. Every account has a unique public username ({@link com.vita.auth.entity.Username}),
 * the first part of its stores' address, changeable until the stores component locks it.
 *
 * <p>What other components may know of an account they get from {@link
 * com.vita.auth.control.AccountDirectory} as {@link com.vita.auth.control.AccountCard} records,
 * never the entity. The token's {@code kyc}/{@code kyb} claims are not auth's: the kyc and kyb
 * components contribute them ({@link com.vita.platform.security.AccessTokenClaims}).
 */
package com.vita.auth;
