-- Cregis (payments part 2): what a crypto checkout asks for, every deposit Cregis reported and
-- what VITA did with it, the callback nonces already seen, and the sellers' virtual cards.
-- Crypto amounts are exact decimals (numeric), never floats; fiat stays in minor units.

-- A crypto payment's terms, fixed when the buyer asked to pay: the deposit address Cregis gave,
-- the coin, the amount owed at the rate of that moment, and until when a deposit pays the orders.
CREATE TABLE crypto_charge (
    -- the payment is inserted after its charge, in the same transaction
    payment_id       uuid            PRIMARY KEY REFERENCES payment (id) DEFERRABLE INITIALLY DEFERRED,
    provider         varchar(20)     NOT NULL CONSTRAINT crypto_charge_provider_known CHECK (provider IN ('cregis', 'cregis_sandbox')),
    address          varchar(120)    NOT NULL,
    chain_id         varchar(40)     NOT NULL,
    coin             varchar(120)    NOT NULL,
    amount_due       numeric(38, 18) NOT NULL CONSTRAINT crypto_charge_due_positive CHECK (amount_due > 0),
    amount_received  numeric(38, 18) NOT NULL DEFAULT 0 CONSTRAINT crypto_charge_received_non_negative CHECK (amount_received >= 0),
    -- crypto units per major unit of the payment's fiat currency, as configured then
    rate             numeric(38, 18) NOT NULL CONSTRAINT crypto_charge_rate_positive CHECK (rate > 0),
    fiat_currency    char(3)         NOT NULL CONSTRAINT crypto_charge_fiat_iso CHECK (fiat_currency ~ '^[A-Z]{3}$'),
    fiat_minor       bigint          NOT NULL CONSTRAINT crypto_charge_fiat_positive CHECK (fiat_minor > 0),
    expires_at       timestamptz     NOT NULL,
    created_at       timestamptz     NOT NULL,
    updated_at       timestamptz     NOT NULL,
    version          bigint          NOT NULL DEFAULT 0,
    CONSTRAINT crypto_charge_address_unique UNIQUE (provider, address)
);

-- Every deposit reported, once per Cregis cid, with its outcome: captured (paid in full),
-- overpaid (paid, with an excess), underpaid (recorded, the orders wait), late (after the window),
-- failed (Cregis reported a failed deposit), wrong_coin, unknown_address.
CREATE TABLE crypto_deposit (
    id              uuid            PRIMARY KEY,
    provider        varchar(20)     NOT NULL,
    cid             varchar(64)     NOT NULL,
    payment_id      uuid            REFERENCES payment (id),
    address         varchar(120)    NOT NULL,
    coin            varchar(120)    NOT NULL,
    amount          numeric(38, 18) NOT NULL CONSTRAINT crypto_deposit_amount_non_negative CHECK (amount >= 0),
    excess          numeric(38, 18) NOT NULL DEFAULT 0 CONSTRAINT crypto_deposit_excess_non_negative CHECK (excess >= 0),
    outcome         varchar(20)     NOT NULL CONSTRAINT crypto_deposit_outcome_known CHECK (outcome IN
                        ('captured', 'overpaid', 'underpaid', 'late', 'failed', 'wrong_coin', 'unknown_address')),
    txid            varchar(200),
    block_time      timestamptz,
    received_at     timestamptz     NOT NULL,
    CONSTRAINT crypto_deposit_cid_once UNIQUE (provider, cid),
    CONSTRAINT crypto_deposit_excess_when_overpaid CHECK ((excess > 0) = (outcome = 'overpaid'))
);

CREATE INDEX crypto_deposit_payment ON crypto_deposit (payment_id) WHERE payment_id IS NOT NULL;
CREATE INDEX crypto_deposit_outcome ON crypto_deposit (outcome, received_at DESC);

-- The nonces of Cregis callbacks accepted: a second callback with one of them is a replay.
-- Rows older than twice the timestamp tolerance are pruned (a callback that old is stale anyway).
CREATE TABLE cregis_callback_nonce (
    nonce     varchar(64)  PRIMARY KEY,
    seen_at   timestamptz  NOT NULL
);

CREATE INDEX cregis_callback_nonce_seen ON cregis_callback_nonce (seen_at);

-- A seller's virtual VISA card: one per account. Cregis documents no card API, so the only issuer
-- is the labelled sandbox (provider 'sandbox'); card numbers are never stored, only the last four.
CREATE TABLE virtual_card (
    id            uuid         PRIMARY KEY,
    holder_id     uuid         NOT NULL REFERENCES account (id),
    provider      varchar(20)  NOT NULL CONSTRAINT virtual_card_provider_known CHECK (provider IN ('sandbox')),
    provider_ref  varchar(100) NOT NULL,
    brand         varchar(10)  NOT NULL CONSTRAINT virtual_card_brand_known CHECK (brand IN ('VISA')),
    last4         char(4)      NOT NULL CONSTRAINT virtual_card_last4_digits CHECK (last4 ~ '^[0-9]{4}$'),
    exp_month     smallint     NOT NULL CONSTRAINT virtual_card_exp_month CHECK (exp_month BETWEEN 1 AND 12),
    exp_year      smallint     NOT NULL CONSTRAINT virtual_card_exp_year CHECK (exp_year >= 2024),
    status        varchar(20)  NOT NULL CONSTRAINT virtual_card_status_known CHECK (status IN ('active', 'frozen', 'closed')),
    created_at    timestamptz  NOT NULL,
    CONSTRAINT virtual_card_one_per_holder UNIQUE (holder_id),
    CONSTRAINT virtual_card_provider_ref_unique UNIQUE (provider, provider_ref)
);
