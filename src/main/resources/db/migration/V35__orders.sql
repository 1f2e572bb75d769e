-- Orders (orders component): one order per store of a checkout, its lines priced at order time,
-- and the full history of its status. Money is in the store's currency, in minor units; the
-- amounts' arithmetic is also checked here, so no path can store a total that does not add up.

-- Consumer prices are tax-inclusive in every market; the order shows the tax part at this rate.
CREATE TABLE tax_rate (
    country  char(2)      PRIMARY KEY CONSTRAINT tax_rate_country_iso CHECK (country ~ '^[A-Z]{2}$'),
    name     varchar(20)  NOT NULL,
    rate     numeric(5,4) NOT NULL CONSTRAINT tax_rate_range CHECK (rate >= 0 AND rate < 1)
);

INSERT INTO tax_rate (country, name, rate) VALUES
    ('CL', 'IVA', 0.19),
    ('CO', 'IVA', 0.19),
    ('MX', 'IVA', 0.16),
    ('ES', 'IVA', 0.21),
    ('AE', 'VAT', 0.05);

CREATE TABLE customer_order (
    id                  uuid         PRIMARY KEY,
    checkout_id         uuid         NOT NULL,
    store_id            uuid         NOT NULL REFERENCES store (id),
    seller_id           uuid         NOT NULL REFERENCES account (id),
    buyer_id            uuid         NOT NULL REFERENCES account (id),
    status              varchar(20)  NOT NULL CONSTRAINT customer_order_status_known CHECK (status IN
                            ('pending', 'confirmed', 'processing', 'shipped', 'delivered', 'cancelled', 'refunded')),
    currency            char(3)      NOT NULL CONSTRAINT customer_order_currency_iso CHECK (currency ~ '^[A-Z]{3}$'),
    subtotal_minor      bigint       NOT NULL CONSTRAINT customer_order_subtotal CHECK (subtotal_minor > 0),
    shipping_minor      bigint       NOT NULL CONSTRAINT customer_order_shipping CHECK (shipping_minor >= 0),
    total_minor         bigint       NOT NULL,
    tax_minor           bigint       NOT NULL,
    tax_rate            numeric(5,4) NOT NULL,
    shipping_method_id  bigint       NOT NULL,
    shipping_carrier    varchar(60)  NOT NULL,
    shipping_service    varchar(60)  NOT NULL,
    ship_name           varchar(100) NOT NULL,
    ship_line1          varchar(200) NOT NULL,
    ship_line2          varchar(200),
    ship_city           varchar(100) NOT NULL,
    ship_region         varchar(100) NOT NULL,
    ship_postal_code    varchar(20),
    ship_country        char(2)      NOT NULL,
    ship_phone          varchar(30),
    carrier             varchar(60),
    tracking_number     varchar(100),
    tracking_id         varchar(100),
    placed_at           timestamptz  NOT NULL,
    -- when an unpaid order lets its stock go; null once paid (or no longer pending)
    expires_at          timestamptz,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT customer_order_total_adds_up CHECK (total_minor = subtotal_minor + shipping_minor),
    CONSTRAINT customer_order_tax_within_total CHECK (tax_minor >= 0 AND tax_minor <= total_minor),
    CONSTRAINT customer_order_shipped_with_tracking CHECK (
        status NOT IN ('shipped', 'delivered') OR (carrier IS NOT NULL AND tracking_number IS NOT NULL))
);

-- Keyset pages newest first, for each kind of reader (buyer, seller's store, admin).
CREATE INDEX customer_order_buyer ON customer_order (buyer_id, created_at DESC, id DESC);
CREATE INDEX customer_order_store ON customer_order (store_id, created_at DESC, id DESC);
CREATE INDEX customer_order_seller ON customer_order (seller_id, created_at DESC, id DESC);
CREATE INDEX customer_order_all ON customer_order (created_at DESC, id DESC);
CREATE INDEX customer_order_checkout ON customer_order (checkout_id);
-- The expiry timer's work list.
CREATE INDEX customer_order_due ON customer_order (expires_at) WHERE status = 'pending';

CREATE TABLE order_line (
    id                uuid         PRIMARY KEY,
    order_id          uuid         NOT NULL REFERENCES customer_order (id),
    position          integer      NOT NULL CONSTRAINT order_line_position CHECK (position >= 0),
    product_id        uuid         NOT NULL REFERENCES product (id),
    sku               varchar(50)  NOT NULL,
    name              varchar(100) NOT NULL,
    quantity          integer      NOT NULL CONSTRAINT order_line_quantity CHECK (quantity > 0),
    currency          char(3)      NOT NULL,
    unit_price_minor  bigint       NOT NULL CONSTRAINT order_line_unit_price CHECK (unit_price_minor > 0),
    line_total_minor  bigint       NOT NULL,
    CONSTRAINT order_line_total_adds_up CHECK (line_total_minor = unit_price_minor * quantity),
    CONSTRAINT order_line_position_unique UNIQUE (order_id, position)
);

CREATE TABLE order_status_change (
    id           uuid         PRIMARY KEY,
    order_id     uuid         NOT NULL REFERENCES customer_order (id),
    from_status  varchar(20),
    to_status    varchar(20)  NOT NULL,
    -- null for the system (the expiry timer, a payment or delivery event)
    actor_id     uuid,
    note         varchar(500),
    changed_at   timestamptz  NOT NULL
);

CREATE INDEX order_status_change_order ON order_status_change (order_id, changed_at, id);

-- Idempotency keys (platform/idempotency): the first successful response to a keyed request,
-- replayed to a retry of the same request until it expires.
CREATE TABLE idempotency_key (
    scope            varchar(120) NOT NULL,
    idempotency_key  varchar(255) NOT NULL,
    request_hash     char(64)     NOT NULL,
    response_status  integer      NOT NULL CONSTRAINT idempotency_key_status CHECK (response_status BETWEEN 200 AND 599),
    response_body    text         NOT NULL,
    created_at       timestamptz  NOT NULL,
    expires_at       timestamptz  NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);

CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
