-- Stores: many per seller, each at /{username}/{slug}. The slug history (store_slug) keeps every
-- address a seller's stores ever had, so an old one redirects and none is ever reused by that
-- seller, not even after the store is deleted (a soft delete: orders keep their store).

CREATE TABLE store (
    id                UUID          PRIMARY KEY,
    owner_account_id  UUID          NOT NULL REFERENCES account (id),
    name              VARCHAR(100)  NOT NULL CHECK (char_length(name) BETWEEN 3 AND 100),
    slug              VARCHAR(60)   NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    description       VARCHAR(1000),
    category          VARCHAR(50)   NOT NULL CHECK (char_length(category) >= 1),
    country           VARCHAR(2)    NOT NULL,
    currency          VARCHAR(3)    NOT NULL,
    -- the country fixes the currency (platform.country.Country)
    CONSTRAINT store_country_currency CHECK ((country, currency) IN
        (('CL', 'CLP'), ('CO', 'COP'), ('MX', 'MXN'), ('ES', 'EUR'), ('AE', 'AED'))),
    -- a set: the entity keeps it sorted and without repeats, the check keeps it within the three
    payment_methods   VARCHAR(20)[] NOT NULL CONSTRAINT store_payment_methods CHECK (
        cardinality(payment_methods) >= 1
        AND payment_methods <@ ARRAY['bank_transfer', 'cregis', 'stripe']::VARCHAR(20)[]),
    status            VARCHAR(20)   NOT NULL CHECK (status IN ('inactive', 'active', 'deleted')),
    activated_at      TIMESTAMPTZ,
    deleted_at        TIMESTAMPTZ,
    CONSTRAINT store_deleted_at CHECK ((status = 'deleted') = (deleted_at IS NOT NULL)),
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX store_owner_slug ON store (owner_account_id, slug);
CREATE INDEX store_owner_created ON store (owner_account_id, created_at DESC, id DESC);
-- the marketplace and checkout look at active stores only
CREATE INDEX store_active ON store (id) WHERE status = 'active';

-- Every slug a seller's stores have had. The primary key is what makes slugs unique per seller:
-- a store's slug is reserved here (INSERT ... ON CONFLICT DO NOTHING) before the store takes it.
-- The store row comes after its first reservation in the same transaction, hence the deferred key.
CREATE TABLE store_slug (
    owner_account_id  UUID         NOT NULL REFERENCES account (id),
    slug              VARCHAR(60)  NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    store_id          UUID         NOT NULL REFERENCES store (id) DEFERRABLE INITIALLY DEFERRED,
    reserved_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (owner_account_id, slug)
);
CREATE INDEX store_slug_store ON store_slug (store_id);

-- Views per store and UTC day, added in batches from in-process counters (StoreViews): one row
-- per store and day, not one per view.
CREATE TABLE store_view_daily (
    store_id  UUID    NOT NULL REFERENCES store (id),
    day       DATE    NOT NULL,
    views     BIGINT  NOT NULL CHECK (views >= 0),
    PRIMARY KEY (store_id, day)
);

-- Sales per store, UTC day and currency, and per product: what the analytics read. The orders
-- component adds to them through stores' control API when an order is paid; until then they stay
-- empty and the analytics answer zero.
CREATE TABLE store_sale_daily (
    store_id       UUID        NOT NULL REFERENCES store (id),
    day            DATE        NOT NULL,
    currency       VARCHAR(3)  NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    orders         BIGINT      NOT NULL CHECK (orders >= 0),
    revenue_minor  BIGINT      NOT NULL CHECK (revenue_minor >= 0),
    PRIMARY KEY (store_id, day, currency)
);

CREATE TABLE store_product_sale_daily (
    store_id       UUID          NOT NULL REFERENCES store (id),
    day            DATE          NOT NULL,
    product_id     UUID          NOT NULL,
    -- the name when sold, so the analytics need not read the catalogue's tables
    product_name   VARCHAR(100)  NOT NULL,
    currency       VARCHAR(3)    NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    units          BIGINT        NOT NULL CHECK (units >= 0),
    revenue_minor  BIGINT        NOT NULL CHECK (revenue_minor >= 0),
    PRIMARY KEY (store_id, day, product_id, currency)
);
