-- The account's summaries of its checks hold only the values VITA writes (the token's kyc and kyb
-- claims): a typo in code, a hand-written UPDATE or a future state the code does not know yet is
-- refused by the database instead of reaching tokens.
--
-- kyb_status: 'not_started' (the default, no business submitted) and the states of a business
-- (KybStatus: V5's business.status values). The account mirrors the strongest across the owner's
-- businesses (BusinessVerifications).
ALTER TABLE account ADD CONSTRAINT account_kyb_status
    CHECK (kyb_status IN ('not_started', 'draft', 'submitted', 'in_review', 'approved',
                          'rejected', 'more_info_requested'));

-- kyc_status already has its check since V4 (account_kyc_status: 'not_started' and the KycStatus
-- values); AccountStatusChecksIT proves both sets match the code.
