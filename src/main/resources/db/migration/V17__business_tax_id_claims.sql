-- Applying no longer takes a tax id (hardening issue, finding 6). Refusing an application because
-- another case holds its tax id told anyone which tax ids are registered, and let a squatter's
-- draft or application block the real business. Now any number of accounts may apply for one tax
-- id; admins see the competing claims; only one case per tax id can be approved.
DROP INDEX business_tax_id_active;
CREATE UNIQUE INDEX business_tax_id_approved ON business (country, tax_id) WHERE status = 'approved';
-- One open case per owner and tax id (a double submission): the owner's own cases, nothing to hide.
CREATE UNIQUE INDEX business_owner_tax_id_open ON business (owner_account_id, country, tax_id)
    WHERE status <> 'rejected';
