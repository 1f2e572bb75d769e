-- VITA's own business verification (KYB): the business an account asks to sell as, the documents
-- it sent, and every status change (the history an admin and a later reminder timer read).

CREATE TABLE business (
    id                               UUID          PRIMARY KEY,
    owner_account_id                 UUID          NOT NULL REFERENCES account (id),
    legal_name                       VARCHAR(200)  NOT NULL,
    country                          VARCHAR(2)    NOT NULL,
    -- normalised (upper case, no separators): two spellings of one identifier collide here
    tax_id                           VARCHAR(20)   NOT NULL,
    legal_representative_name        VARCHAR(200)  NOT NULL,
    -- the account whose KYC must be approved before the business is; the owner unless changed
    legal_representative_account_id  UUID          REFERENCES account (id),
    economic_activity                VARCHAR(200)  NOT NULL,
    status                           VARCHAR(30)   NOT NULL
                                     CHECK (status IN ('draft', 'submitted', 'in_review', 'approved',
                                                       'rejected', 'more_info_requested')),
    created_at                       TIMESTAMPTZ   NOT NULL,
    updated_at                       TIMESTAMPTZ   NOT NULL,
    version                          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT business_tax_id_unique UNIQUE (country, tax_id)
);
CREATE INDEX business_owner ON business (owner_account_id);
-- the reminder timer looks for cases waiting in one state since some time
CREATE INDEX business_status_updated ON business (status, updated_at);

CREATE TABLE business_document (
    id             UUID          PRIMARY KEY,
    business_id    UUID          NOT NULL REFERENCES business (id) ON DELETE CASCADE,
    storage_key    VARCHAR(300)  NOT NULL UNIQUE,
    media_type     VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL CHECK (size_bytes >= 0),
    sha256         VARCHAR(64)   NOT NULL,
    original_name  VARCHAR(200),
    uploaded_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX business_document_business ON business_document (business_id, uploaded_at);

CREATE TABLE business_status_change (
    id           UUID          PRIMARY KEY,
    business_id  UUID          NOT NULL REFERENCES business (id) ON DELETE CASCADE,
    from_status  VARCHAR(30)   NOT NULL,
    to_status    VARCHAR(30)   NOT NULL,
    -- who decided: the owner (submission) or an admin; no foreign key, audit-style
    actor_id     UUID,
    reasons      TEXT,
    changed_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX business_status_change_business ON business_status_change (business_id, changed_at);
