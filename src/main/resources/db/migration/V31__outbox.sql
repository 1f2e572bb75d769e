-- The transactional outbox (platform/outbox): a business change and the event announcing it are
-- written in one transaction; a dispatcher publishes the rows afterwards, in order per aggregate.
-- Rows are published at least once; the event id is the consumers' deduplication key.

CREATE TABLE outbox_event (
    id              uuid         PRIMARY KEY,
    -- the position in the log: publication follows it, so events of one aggregate leave in order
    sequence        bigint       GENERATED ALWAYS AS IDENTITY UNIQUE,
    aggregate_type  varchar(40)  NOT NULL CONSTRAINT outbox_event_aggregate_type CHECK (aggregate_type ~ '^[a-z][a-z0-9_]*$'),
    aggregate_id    uuid         NOT NULL,
    -- dotted lower-case names: order.placed, order.shipped, ...
    event_type      varchar(64)  NOT NULL CONSTRAINT outbox_event_type_format CHECK (event_type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
    payload         jsonb        NOT NULL CONSTRAINT outbox_event_payload_object CHECK (jsonb_typeof(payload) = 'object'),
    occurred_at     timestamptz  NOT NULL,
    published_at    timestamptz,
    attempts        integer      NOT NULL DEFAULT 0 CONSTRAINT outbox_event_attempts CHECK (attempts >= 0),
    last_error      varchar(500)
);

-- The dispatcher's work list: what is not yet published, oldest first.
CREATE INDEX outbox_event_unpublished ON outbox_event (sequence) WHERE published_at IS NULL;
CREATE INDEX outbox_event_aggregate ON outbox_event (aggregate_id, sequence);

-- What each consumer has already applied: delivery is at least once, so an observer that must act
-- once (analytics, mails) records the event id in the transaction of its effect.
CREATE TABLE outbox_receipt (
    consumer     varchar(60)  NOT NULL CONSTRAINT outbox_receipt_consumer CHECK (consumer ~ '^[a-z][a-z0-9_.-]*$'),
    event_id     uuid         NOT NULL,
    received_at  timestamptz  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
