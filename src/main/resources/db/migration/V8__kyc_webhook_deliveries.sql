-- Every DIDIT webhook delivery VITA accepted, by the SHA-256 of its signed body. DIDIT signs the
-- body but not X-Timestamp, so a captured delivery could be replayed with a fresh timestamp; a
-- body seen before is refused (409) and changes nothing. Kept, not pruned: a few rows per
-- verification, and a replayed old approval must never pass.

CREATE TABLE kyc_webhook_delivery (
    body_sha256  VARCHAR(64)   PRIMARY KEY,
    session_id   VARCHAR(100)  NOT NULL,
    received_at  TIMESTAMPTZ   NOT NULL
);
