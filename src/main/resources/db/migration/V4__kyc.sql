-- Identity checks (KYC) through DIDIT: one row per verification session VITA opened. Only what
-- the decision says about the document is kept (type, issuing country, dates, status), never
-- images or document numbers.

CREATE TABLE kyc_verification (
    id                   UUID         PRIMARY KEY,
    account_id           UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    provider             VARCHAR(20)  NOT NULL CHECK (provider IN ('didit', 'sandbox')),
    provider_session_id  VARCHAR(100) NOT NULL,
    status               VARCHAR(20)  NOT NULL
                         CHECK (status IN ('pending', 'approved', 'declined', 'needs_review')),
    provider_status      VARCHAR(40)  NOT NULL,
    decision             JSONB        NOT NULL DEFAULT '{}'::jsonb,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT kyc_verification_session_unique UNIQUE (provider_session_id)
);
CREATE INDEX kyc_verification_account ON kyc_verification (account_id, created_at DESC);

-- The account's summary state, which the access token carries as its kyc claim.
ALTER TABLE account ADD CONSTRAINT account_kyc_status
    CHECK (kyc_status IN ('not_started', 'pending', 'approved', 'declined', 'needs_review'));
