-- Payments (payments component): one payment per checkout (or per order), the orders it pays,
-- refunds per order, provider events stored once, and the double-entry ledger the wallets read.
-- Money is in minor units of ISO currencies; the rules that keep it right live here as well as in
-- the code: a ledger row is never changed or deleted, every ledger transaction sums to zero per
-- currency at commit, and each capture, refund and release is booked at most once.

CREATE TABLE payment (
    id               uuid         PRIMARY KEY,
    buyer_id         uuid         NOT NULL REFERENCES account (id),
    -- the checkout paid, or null when one order of it was paid alone
    checkout_id      uuid,
    method           varchar(20)  NOT NULL CONSTRAINT payment_method_known CHECK (method IN ('stripe', 'cregis', 'bank_transfer')),
    -- who processes it: the method's provider, or the local sandbox
    provider         varchar(20)  NOT NULL CONSTRAINT payment_provider_known CHECK (provider IN ('stripe', 'cregis', 'bank_transfer', 'sandbox')),
    provider_ref     varchar(100) NOT NULL,
    client_secret    varchar(300),
    status           varchar(20)  NOT NULL CONSTRAINT payment_status_known CHECK (status IN
                         ('requires_action', 'processing', 'succeeded', 'failed', 'cancelled', 'partially_refunded', 'refunded')),
    currency         char(3)      NOT NULL CONSTRAINT payment_currency_iso CHECK (currency ~ '^[A-Z]{3}$'),
    amount_minor     bigint       NOT NULL CONSTRAINT payment_amount_positive CHECK (amount_minor > 0),
    refunded_minor   bigint       NOT NULL DEFAULT 0,
    failure_code     varchar(100),
    failure_message  varchar(500),
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    captured_at      timestamptz,
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT payment_provider_ref_unique UNIQUE (provider, provider_ref),
    CONSTRAINT payment_refunded_within CHECK (refunded_minor >= 0 AND refunded_minor <= amount_minor),
    CONSTRAINT payment_refund_states CHECK (
        (status = 'refunded') = (refunded_minor = amount_minor)
        AND (status = 'partially_refunded') = (refunded_minor > 0 AND refunded_minor < amount_minor)),
    CONSTRAINT payment_captured_when_paid CHECK (
        (captured_at IS NOT NULL) = (status IN ('succeeded', 'partially_refunded', 'refunded')))
);

CREATE INDEX payment_buyer ON payment (buyer_id, created_at DESC);
-- The reconciliation timer's work list: payments still waiting for their provider.
CREATE INDEX payment_open ON payment (updated_at) WHERE status IN ('requires_action', 'processing');
CREATE INDEX payment_day ON payment (created_at);

-- The orders a payment pays, each with its share (the order's total at the time).
CREATE TABLE payment_order (
    payment_id    uuid    NOT NULL REFERENCES payment (id),
    order_id      uuid    NOT NULL REFERENCES customer_order (id),
    store_id      uuid    NOT NULL REFERENCES store (id),
    seller_id     uuid    NOT NULL REFERENCES account (id),
    amount_minor  bigint  NOT NULL CONSTRAINT payment_order_amount_positive CHECK (amount_minor > 0),
    PRIMARY KEY (payment_id, order_id)
);

CREATE INDEX payment_order_order ON payment_order (order_id);

CREATE TABLE payment_refund (
    id             uuid         PRIMARY KEY,
    payment_id     uuid         NOT NULL,
    order_id       uuid         NOT NULL,
    status         varchar(20)  NOT NULL CONSTRAINT payment_refund_status_known CHECK (status IN ('pending', 'succeeded', 'failed')),
    currency       char(3)      NOT NULL CONSTRAINT payment_refund_currency_iso CHECK (currency ~ '^[A-Z]{3}$'),
    amount_minor   bigint       NOT NULL CONSTRAINT payment_refund_amount_positive CHECK (amount_minor > 0),
    provider_ref   varchar(100),
    reason         varchar(500),
    requested_by   uuid         REFERENCES account (id),
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    CONSTRAINT payment_refund_order FOREIGN KEY (payment_id, order_id) REFERENCES payment_order (payment_id, order_id)
);

CREATE INDEX payment_refund_payment ON payment_refund (payment_id, order_id);
CREATE UNIQUE INDEX payment_refund_provider_ref ON payment_refund (provider_ref) WHERE provider_ref IS NOT NULL;
CREATE INDEX payment_refund_pending ON payment_refund (updated_at) WHERE status = 'pending';

-- Every webhook event a provider sent, once: the primary key is what makes a redelivery a no-op.
CREATE TABLE provider_event (
    provider      varchar(20)  NOT NULL,
    event_id      varchar(100) NOT NULL,
    event_type    varchar(100) NOT NULL,
    object_ref    varchar(100),
    outcome       varchar(30)  NOT NULL,
    received_at   timestamptz  NOT NULL,
    PRIMARY KEY (provider, event_id)
);

-- The platform's commission rate per store, when an admin set one other than payments.commission-rate.
CREATE TABLE store_commission (
    store_id    uuid          PRIMARY KEY REFERENCES store (id),
    rate        numeric(5,4)  NOT NULL CONSTRAINT store_commission_rate_range CHECK (rate >= 0 AND rate <= 1),
    set_by      uuid          REFERENCES account (id),
    set_at      timestamptz   NOT NULL
);

-- The ledger. Accounts: what a provider holds for VITA (clearing), VITA's commission, and each
-- seller's wallet in two parts, pending (not yet delivered, or within the hold period) and available.
CREATE TABLE ledger_account (
    id         bigserial    PRIMARY KEY,
    kind       varchar(30)  NOT NULL CONSTRAINT ledger_account_kind_known CHECK (kind IN
                   ('provider_clearing', 'platform_commission', 'seller_pending', 'seller_available')),
    holder_id  uuid         REFERENCES account (id),
    provider   varchar(20),
    currency   char(3)      NOT NULL CONSTRAINT ledger_account_currency_iso CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ledger_account_unique UNIQUE NULLS NOT DISTINCT (kind, holder_id, provider, currency),
    CONSTRAINT ledger_account_holder CHECK ((kind LIKE 'seller_%') = (holder_id IS NOT NULL)),
    CONSTRAINT ledger_account_provider CHECK ((kind = 'provider_clearing') = (provider IS NOT NULL))
);

CREATE INDEX ledger_account_holder ON ledger_account (holder_id) WHERE holder_id IS NOT NULL;

CREATE TABLE ledger_transaction (
    id           uuid         PRIMARY KEY,
    kind         varchar(20)  NOT NULL CONSTRAINT ledger_transaction_kind_known CHECK (kind IN ('capture', 'refund', 'release')),
    payment_id   uuid         REFERENCES payment (id),
    refund_id    uuid         REFERENCES payment_refund (id),
    order_id     uuid         REFERENCES customer_order (id),
    description  varchar(200) NOT NULL,
    occurred_at  timestamptz  NOT NULL,
    CONSTRAINT ledger_transaction_refers CHECK (
        (kind = 'capture' AND payment_id IS NOT NULL)
        OR (kind = 'refund' AND refund_id IS NOT NULL)
        OR (kind = 'release' AND order_id IS NOT NULL))
);

-- Exactly once, whatever races: a payment is captured once, a refund booked once, an order's
-- pending money released once.
CREATE UNIQUE INDEX ledger_capture_once ON ledger_transaction (payment_id) WHERE kind = 'capture';
CREATE UNIQUE INDEX ledger_refund_once ON ledger_transaction (refund_id) WHERE kind = 'refund';
CREATE UNIQUE INDEX ledger_release_once ON ledger_transaction (order_id) WHERE kind = 'release';

-- An entry moves a signed amount into (+) or out of (-) one account. Seller accounts also carry a
-- running balance, set by the database itself under the account's row lock: a wallet's balance is
-- its newest entry's balance_after, one index probe however many entries the wallet has.
CREATE TABLE ledger_entry (
    id              bigserial    PRIMARY KEY,
    transaction_id  uuid         NOT NULL REFERENCES ledger_transaction (id),
    account_id      bigint       NOT NULL REFERENCES ledger_account (id),
    holder_id       uuid,
    currency        char(3)      NOT NULL,
    amount_minor    bigint       NOT NULL CONSTRAINT ledger_entry_amount_nonzero CHECK (amount_minor <> 0),
    seq             bigint,
    balance_after   bigint,
    order_id        uuid,
    created_at      timestamptz  NOT NULL,
    CONSTRAINT ledger_entry_running CHECK ((holder_id IS NULL) = (seq IS NULL) AND (seq IS NULL) = (balance_after IS NULL))
);

CREATE UNIQUE INDEX ledger_entry_account_seq ON ledger_entry (account_id, seq) WHERE seq IS NOT NULL;
CREATE INDEX ledger_entry_transaction ON ledger_entry (transaction_id);
CREATE INDEX ledger_entry_holder ON ledger_entry (holder_id, id DESC) WHERE holder_id IS NOT NULL;
CREATE INDEX ledger_entry_order ON ledger_entry (order_id, account_id) WHERE order_id IS NOT NULL;

CREATE FUNCTION ledger_entry_prepare() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    account ledger_account%ROWTYPE;
    previous RECORD;
BEGIN
    SELECT * INTO account FROM ledger_account WHERE id = NEW.account_id;
    IF account.currency <> NEW.currency THEN
        RAISE EXCEPTION 'ledger entry in % on an account in %', NEW.currency, account.currency
            USING ERRCODE = '23514', CONSTRAINT = 'ledger_entry_currency';
    END IF;
    NEW.holder_id := account.holder_id;
    IF account.holder_id IS NULL THEN
        NEW.seq := NULL;
        NEW.balance_after := NULL;
        RETURN NEW;
    END IF;
    -- One writer per wallet account at a time; callers insert in account order, so no deadlock.
    PERFORM 1 FROM ledger_account WHERE id = NEW.account_id FOR UPDATE;
    SELECT seq, balance_after INTO previous FROM ledger_entry
        WHERE account_id = NEW.account_id AND seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
    NEW.seq := COALESCE(previous.seq, 0) + 1;
    NEW.balance_after := COALESCE(previous.balance_after, 0) + NEW.amount_minor;
    RETURN NEW;
END $$;

CREATE TRIGGER ledger_entry_prepare BEFORE INSERT ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_prepare();

-- At commit, each transaction touched must sum to zero in every currency.
CREATE FUNCTION ledger_transaction_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM ledger_entry WHERE transaction_id = NEW.transaction_id
               GROUP BY currency HAVING sum(amount_minor) <> 0) THEN
        RAISE EXCEPTION 'ledger transaction % does not sum to zero', NEW.transaction_id
            USING ERRCODE = '23514', CONSTRAINT = 'ledger_entry_balanced';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER ledger_entry_balanced AFTER INSERT ON ledger_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balanced();

CREATE FUNCTION ledger_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are immutable: book a reversing transaction instead', TG_TABLE_NAME
        USING ERRCODE = '55000';
END $$;

CREATE TRIGGER ledger_entry_immutable BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_immutable();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_immutable();
CREATE TRIGGER ledger_transaction_immutable BEFORE UPDATE OR DELETE ON ledger_transaction
    FOR EACH ROW EXECUTE FUNCTION ledger_immutable();
CREATE TRIGGER ledger_transaction_no_truncate BEFORE TRUNCATE ON ledger_transaction
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_immutable();
CREATE TRIGGER ledger_account_immutable BEFORE UPDATE OR DELETE ON ledger_account
    FOR EACH ROW EXECUTE FUNCTION ledger_immutable();

-- What each order's sale holds in its seller's wallet until delivery or the hold period ends.
CREATE TABLE seller_credit (
    order_id          uuid         PRIMARY KEY REFERENCES customer_order (id),
    payment_id        uuid         NOT NULL REFERENCES payment (id),
    seller_id         uuid         NOT NULL REFERENCES account (id),
    currency          char(3)      NOT NULL,
    gross_minor       bigint       NOT NULL CONSTRAINT seller_credit_gross CHECK (gross_minor > 0),
    commission_minor  bigint       NOT NULL CONSTRAINT seller_credit_commission CHECK (commission_minor >= 0 AND commission_minor <= gross_minor),
    release_after     timestamptz  NOT NULL,
    released_at       timestamptz
);

CREATE INDEX seller_credit_due ON seller_credit (release_after) WHERE released_at IS NULL;

-- Reconciliation: when each job last ran (one instance runs it), and the daily reports.
CREATE TABLE scheduled_job (
    name         varchar(60)  PRIMARY KEY,
    last_run_at  timestamptz  NOT NULL
);

CREATE TABLE reconciliation_report (
    report_date   date         PRIMARY KEY,
    generated_at  timestamptz  NOT NULL,
    checked       integer      NOT NULL CHECK (checked >= 0),
    mismatches    integer      NOT NULL CHECK (mismatches >= 0)
);

CREATE TABLE reconciliation_mismatch (
    report_date     date          NOT NULL REFERENCES reconciliation_report (report_date) ON DELETE CASCADE,
    payment_id      uuid          NOT NULL REFERENCES payment (id),
    provider        varchar(20)   NOT NULL,
    provider_ref    varchar(100)  NOT NULL,
    field           varchar(40)   NOT NULL,
    provider_value  varchar(200),
    vita_value      varchar(200),
    PRIMARY KEY (report_date, payment_id, field)
);
