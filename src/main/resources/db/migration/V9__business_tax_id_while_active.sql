-- A tax id is taken while a case for it is open or approved; a rejected case no longer holds it,
-- so the real business can apply after a mistaken or fraudulent application was rejected.
ALTER TABLE business DROP CONSTRAINT business_tax_id_unique;
CREATE UNIQUE INDEX business_tax_id_active ON business (country, tax_id) WHERE status <> 'rejected';
