-- The orders the store analytics counted (stores/control/OrderSales, fed by order events from the
-- outbox): one row per order, so a sale is added once when the order is confirmed and taken back at
-- most once (a cancellation after payment, a refund), whatever the order of those events and
-- however often the queue delivers them. The lines are kept as counted, so taking back removes
-- exactly what was added.

CREATE TABLE store_order_sale (
    order_id       uuid        PRIMARY KEY,
    store_id       uuid        NOT NULL REFERENCES store (id),
    day            date        NOT NULL,
    currency       varchar(3)  NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    total_minor    bigint      NOT NULL CHECK (total_minor >= 0),
    lines          jsonb       NOT NULL CHECK (jsonb_typeof(lines) = 'array'),
    counted_at     timestamptz NOT NULL,
    taken_back_at  timestamptz,
    CONSTRAINT store_order_sale_taken_back CHECK (taken_back_at IS NULL OR taken_back_at >= counted_at)
);
CREATE INDEX store_order_sale_store ON store_order_sale (store_id, day);
