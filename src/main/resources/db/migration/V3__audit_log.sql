-- The audit log: security-relevant actions (who did what, to what, from where), written by
-- platform/audit/AuditTrail in a transaction of its own. Rows are only ever inserted.
-- Version 2 is taken by the accounts tables.

CREATE TABLE audit_event (
    id           BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    -- dotted lower-case names: auth.login.failure, auth.role.change, ...
    action       VARCHAR(64)  NOT NULL
                 CONSTRAINT audit_event_action_format
                 CHECK (action ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
    -- the account that acted; null when nobody is signed in (a failed login)
    actor_id     UUID,
    -- what it acted on: a user id, an e-mail hash; never an e-mail address or a secret
    subject      VARCHAR(255),
    -- the client's IPv4 or IPv6 address (45 characters is the longest IPv6 text form)
    ip           VARCHAR(45)
                 CONSTRAINT audit_event_ip_format CHECK (ip ~ '^[0-9A-Fa-f:.]+$'),
    request_id   VARCHAR(128)
                 CONSTRAINT audit_event_request_id_format CHECK (request_id ~ '^[A-Za-z0-9._:-]+$'),
    details      JSONB        NOT NULL DEFAULT '{}'
                 CONSTRAINT audit_event_details_object CHECK (jsonb_typeof(details) = 'object')
);

-- "What did this account do?" and "every failed login this week", both newest first.
CREATE INDEX audit_event_actor ON audit_event (actor_id, occurred_at);
CREATE INDEX audit_event_action ON audit_event (action, occurred_at);
