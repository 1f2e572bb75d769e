-- The account no longer keeps copies of the KYC and KYB states: the kyc and kyb components own
-- them in their own tables and contribute the token's kyc/kyb claims from there, so there is one
-- truth per state (their CHECKs on account go with the columns).
ALTER TABLE account DROP COLUMN kyc_status, DROP COLUMN kyb_status;

-- Statuses are typed in the code (converters); the tables that still took any string now check it.
ALTER TABLE business_status_change
    ADD CONSTRAINT business_status_change_from CHECK (from_status IN
        ('draft', 'submitted', 'in_review', 'approved', 'rejected', 'more_info_requested')),
    ADD CONSTRAINT business_status_change_to CHECK (to_status IN
        ('draft', 'submitted', 'in_review', 'approved', 'rejected', 'more_info_requested'));
ALTER TABLE kyb_reminder
    ADD CONSTRAINT kyb_reminder_status CHECK (status IN
        ('draft', 'submitted', 'in_review', 'approved', 'rejected', 'more_info_requested'));
