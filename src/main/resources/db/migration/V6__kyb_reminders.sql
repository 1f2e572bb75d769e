-- What the KYB reminder timer sent: one row per e-mail, so a case is reminded at most once per
-- period whichever VITA instance runs the timer, and an admin can see who was told what and when.

CREATE TABLE kyb_reminder (
    id            UUID          PRIMARY KEY,
    business_id   UUID          NOT NULL REFERENCES business (id) ON DELETE CASCADE,
    -- owner: the seller must act (draft, more_info_requested); review: admins must act
    kind          VARCHAR(10)   NOT NULL CHECK (kind IN ('owner', 'review')),
    -- the case's status and since when it was in it, as the reminder saw them
    status        VARCHAR(30)   NOT NULL,
    status_since  TIMESTAMPTZ   NOT NULL,
    recipient     VARCHAR(254)  NOT NULL,
    sent_at       TIMESTAMPTZ   NOT NULL
);
-- the timer asks "when was this case last reminded, of this kind" for every waiting case
CREATE INDEX kyb_reminder_business_kind ON kyb_reminder (business_id, kind, sent_at);
