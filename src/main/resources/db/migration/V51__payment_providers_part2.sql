-- Payments, part 2: the providers a payment can be processed by now include the labelled local
-- sandboxes of crypto (cregis_sandbox) and bank transfers (bank_sandbox) beside the card sandbox.
-- Tables of each part (crypto deposits, bank transfers, payouts) come in the migrations after this.
ALTER TABLE payment DROP CONSTRAINT payment_provider_known;
ALTER TABLE payment ADD CONSTRAINT payment_provider_known CHECK (provider IN
    ('stripe', 'cregis', 'bank_transfer', 'sandbox', 'cregis_sandbox', 'bank_sandbox'));
