-- Payouts (payments component): a seller's available money sent out through a rail (a Cregis
-- crypto wallet, a bank account). The ledger moves it in three steps, each booked at most once per
-- payout: `payout` (seller_available -> payout_clearing of the rail, at request), then either
-- `payout_settled` (payout_clearing -> provider_clearing of the rail: the money left VITA there) or
-- `payout_returned` (payout_clearing -> seller_available: it came back). Every transaction still sums
-- to zero, and the clearing account of a rail holds exactly what is on its way out.

CREATE TABLE payout (
    id                    uuid          PRIMARY KEY,
    seller_id             uuid          NOT NULL REFERENCES account (id),
    currency              char(3)       NOT NULL CONSTRAINT payout_currency_iso CHECK (currency ~ '^[A-Z]{3}$'),
    amount_minor          bigint        NOT NULL CONSTRAINT payout_amount_positive CHECK (amount_minor > 0),
    rail                  varchar(20)   NOT NULL CONSTRAINT payout_rail_code CHECK (rail ~ '^[a-z_]{1,20}$'),
    destination           varchar(200)  NOT NULL CONSTRAINT payout_destination_given CHECK (length(btrim(destination)) > 0),
    -- the currency at the destination when it is not the wallet's (a Cregis coin code), or null
    destination_currency  varchar(40),
    status                varchar(20)   NOT NULL CONSTRAINT payout_status_known CHECK (status IN
                              ('requested', 'submitted', 'held', 'settled', 'returned')),
    provider_ref          varchar(100),
    -- when VITA gave it to its rail (null: never, so an admin may still return it safely)
    submitted_at          timestamptz,
    reason                varchar(500),
    idempotency_key       varchar(255)  NOT NULL,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    version               bigint        NOT NULL DEFAULT 0,
    CONSTRAINT payout_key_once UNIQUE (seller_id, idempotency_key),
    -- a returned payout says why
    CONSTRAINT payout_returned_reason CHECK (status <> 'returned' OR reason IS NOT NULL)
);

CREATE UNIQUE INDEX payout_provider_ref ON payout (rail, provider_ref) WHERE provider_ref IS NOT NULL;
-- The seller's list (keyset, newest first) and the day's total per currency for the daily limit.
CREATE INDEX payout_seller ON payout (seller_id, created_at DESC, id DESC);
-- The admins' queue.
CREATE INDEX payout_recent ON payout (created_at DESC, id DESC);

-- A payout clearing account per rail and currency, with no holder.
ALTER TABLE ledger_account DROP CONSTRAINT ledger_account_kind_known;
ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_kind_known CHECK (kind IN
    ('provider_clearing', 'platform_commission', 'seller_pending', 'seller_available', 'payout_clearing'));
ALTER TABLE ledger_account DROP CONSTRAINT ledger_account_provider;
ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_provider CHECK (
    (kind IN ('provider_clearing', 'payout_clearing')) = (provider IS NOT NULL));

ALTER TABLE ledger_transaction ADD COLUMN payout_id uuid REFERENCES payout (id);
ALTER TABLE ledger_transaction DROP CONSTRAINT ledger_transaction_kind_known;
ALTER TABLE ledger_transaction ADD CONSTRAINT ledger_transaction_kind_known CHECK (kind IN
    ('capture', 'refund', 'release', 'payout', 'payout_settled', 'payout_returned'));
ALTER TABLE ledger_transaction DROP CONSTRAINT ledger_transaction_refers;
ALTER TABLE ledger_transaction ADD CONSTRAINT ledger_transaction_refers CHECK (
    (kind = 'capture' AND payment_id IS NOT NULL)
    OR (kind = 'refund' AND refund_id IS NOT NULL)
    OR (kind = 'release' AND order_id IS NOT NULL)
    OR (kind IN ('payout', 'payout_settled', 'payout_returned') AND payout_id IS NOT NULL));

-- Each payout is debited once and ends once: settled or returned, never both, never twice.
CREATE UNIQUE INDEX ledger_payout_once ON ledger_transaction (payout_id) WHERE kind = 'payout';
CREATE UNIQUE INDEX ledger_payout_ends_once ON ledger_transaction (payout_id)
    WHERE kind IN ('payout_settled', 'payout_returned');
