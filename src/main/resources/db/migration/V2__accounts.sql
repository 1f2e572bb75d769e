-- Accounts, their roles, and the one-time secrets tied to them (refresh tokens, password
-- reset tokens). Secrets are stored only as SHA-256 hashes.

CREATE TABLE account (
    id              UUID         PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    kyc_status      VARCHAR(20)  NOT NULL DEFAULT 'not_started',
    kyb_status      VARCHAR(30)  NOT NULL DEFAULT 'not_started',
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT account_email_unique UNIQUE (email),
    CONSTRAINT account_email_normalised CHECK (email = lower(email) AND email LIKE '%_@_%')
);

CREATE TABLE account_role (
    account_id  UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role        VARCHAR(20) NOT NULL CHECK (role IN ('BUYER', 'SELLER', 'ADMIN')),
    PRIMARY KEY (account_id, role)
);

CREATE TABLE refresh_token (
    id          UUID        PRIMARY KEY,
    account_id  UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    family_id   UUID        NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ,
    CONSTRAINT refresh_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT refresh_token_expiry CHECK (expires_at > issued_at)
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);
CREATE INDEX refresh_token_account ON refresh_token (account_id);

CREATE TABLE password_reset_token (
    id          UUID        PRIMARY KEY,
    account_id  UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash  VARCHAR(64) NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    CONSTRAINT password_reset_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX password_reset_token_account ON password_reset_token (account_id);
