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
 * safer than two. The issuer's groups decide those accounts' roles.
 */
package com.vita.auth;
