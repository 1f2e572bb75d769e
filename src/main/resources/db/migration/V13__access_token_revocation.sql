-- Access tokens end at once when the account's standing changes: every token carries the account's
-- token generation (claim "gen"); a role change, a password reset or a replayed refresh token moves
-- the generation on, and tokens of an earlier one are refused on their next request.
ALTER TABLE account
    ADD COLUMN token_generation INTEGER NOT NULL DEFAULT 0 CHECK (token_generation >= 0);

-- Tokens revoked one by one (logout) when no Redis is configured: kept in the database, so a
-- restart does not bring a logged-out token back. A row lives until its token would have expired.
CREATE TABLE denied_access_token (
    jti         VARCHAR(64)  PRIMARY KEY,
    expires_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX denied_access_token_expiry ON denied_access_token (expires_at);
