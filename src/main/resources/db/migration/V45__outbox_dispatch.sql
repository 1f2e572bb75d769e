-- The outbox dispatcher's bookkeeping (platform/outbox). A failed publication waits before the
-- next try (next_attempt_at, growing with attempts) and holds back the later events of its
-- aggregate meanwhile, so they never overtake it. An event whose in-process delivery keeps failing
-- is parked after outbox.in-process.max-attempts tries (the in-process twin of SQS's dead-letter
-- queue): it stops blocking its aggregate and waits for an admin to requeue it.

ALTER TABLE outbox_event
    ADD COLUMN next_attempt_at timestamptz,
    ADD COLUMN parked_at       timestamptz,
    ADD CONSTRAINT outbox_event_parked_unpublished CHECK (parked_at IS NULL OR published_at IS NULL);

-- The work list is what is neither published nor parked.
DROP INDEX outbox_event_unpublished;
CREATE INDEX outbox_event_pending ON outbox_event (sequence) WHERE published_at IS NULL AND parked_at IS NULL;
CREATE INDEX outbox_event_parked ON outbox_event (parked_at, sequence) WHERE parked_at IS NOT NULL;
