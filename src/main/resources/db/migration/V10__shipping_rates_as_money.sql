-- Shipping rates become Money (amount in minor units + ISO currency) like every later price. The
-- method carries its currency, and the foreign key on (country, currency) keeps it the currency of
-- its country, so a rate can never be charged in another country's money.

ALTER TABLE shipping_country
    ADD CONSTRAINT shipping_country_currency UNIQUE (code, currency);

ALTER TABLE shipping_method ADD COLUMN currency CHAR(3);

UPDATE shipping_method m SET currency = c.currency
  FROM shipping_country c WHERE c.code = m.country_code;

ALTER TABLE shipping_method
    ALTER COLUMN currency SET NOT NULL,
    ADD CONSTRAINT shipping_method_country_currency
        FOREIGN KEY (country_code, currency) REFERENCES shipping_country (code, currency);
