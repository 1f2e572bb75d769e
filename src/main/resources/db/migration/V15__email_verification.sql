-- E-mail verification (issue 10, finding 8): an account's address counts as proven once a
-- one-time token mailed to it comes back. Only then does an AUTH_ADMIN_EMAILS address get the admin
-- role, and only a verified owner may activate a store. Tokens are stored as SHA-256 hashes, like
-- the password reset tokens. Accounts made before this migration start unverified (they ask for a
-- new mail); accounts of the external issuer become verified at their next token exchange.
ALTER TABLE account ADD COLUMN email_verified_at TIMESTAMPTZ;

CREATE TABLE email_verification_token (
    id          UUID        PRIMARY KEY,
    account_id  UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash  VARCHAR(64) NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    CONSTRAINT email_verification_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT email_verification_token_expiry CHECK (expires_at > issued_at)
);
-- The resend limit counts an account's mails of the last hour.
CREATE INDEX email_verification_token_account ON email_verification_token (account_id, issued_at);
