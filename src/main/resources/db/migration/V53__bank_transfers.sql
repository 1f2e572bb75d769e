-- Bank transfers (issue #14): a buyer's declaration of a transfer they made (bank, reference,
-- amount, date), queued here until the bank's API confirms or refutes it. A reference pays only
-- once per bank, whatever became of its first declaration: the unique constraint holds it also
-- against two declarations racing each other.
CREATE TABLE bank_transfer (
    id              uuid         PRIMARY KEY,
    payment_id      uuid         NOT NULL REFERENCES payment (id),
    bank            varchar(40)  NOT NULL CONSTRAINT bank_transfer_bank_code CHECK (bank ~ '^[a-z0-9_]{2,40}$'),
    -- upper-cased by VITA, so "ok-1" and "OK-1" are one reference
    reference       varchar(64)  NOT NULL CONSTRAINT bank_transfer_reference_shape CHECK (reference ~ '^[A-Z0-9-]{4,64}$'),
    currency        char(3)      NOT NULL CONSTRAINT bank_transfer_currency_iso CHECK (currency ~ '^[A-Z]{3}$'),
    amount_minor    bigint       NOT NULL CONSTRAINT bank_transfer_amount_positive CHECK (amount_minor > 0),
    transfer_date   date         NOT NULL,
    status          varchar(20)  NOT NULL CONSTRAINT bank_transfer_status_known CHECK (status IN ('verifying', 'verified', 'refused')),
    refusal_code    varchar(40),
    refusal_reason  varchar(300),
    -- bank lookups made so far, and when the queue asks the bank next
    attempts        integer      NOT NULL DEFAULT 0 CONSTRAINT bank_transfer_attempts_counted CHECK (attempts >= 0),
    next_check_at   timestamptz  NOT NULL,
    -- not found by then: refused
    deadline_at     timestamptz  NOT NULL,
    verified_at     timestamptz,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT bank_transfer_reference_once UNIQUE (bank, reference),
    CONSTRAINT bank_transfer_refused_with_reason CHECK ((status = 'refused') = (refusal_code IS NOT NULL AND refusal_reason IS NOT NULL)),
    CONSTRAINT bank_transfer_verified_when CHECK ((status = 'verified') = (verified_at IS NOT NULL))
);

-- One declaration being verified (or verified) per payment; a refused one may be followed by another.
CREATE UNIQUE INDEX bank_transfer_one_live_per_payment ON bank_transfer (payment_id) WHERE status IN ('verifying', 'verified');
-- The queue: what is due, oldest first.
CREATE INDEX bank_transfer_due ON bank_transfer (next_check_at) WHERE status = 'verifying';
