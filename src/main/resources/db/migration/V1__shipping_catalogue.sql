-- The countries VITA ships in and the carriers' services in each (SPEC.md, component 10).
-- Rates are in the currency's minor units (CLP has none, the others have two).

CREATE TABLE shipping_country (
    code            CHAR(2)      PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name            VARCHAR(80)  NOT NULL,
    currency        CHAR(3)      NOT NULL CHECK (currency ~ '^[A-Z]{3}$')
);

CREATE TABLE shipping_method (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    country_code        CHAR(2)      NOT NULL REFERENCES shipping_country (code),
    carrier             VARCHAR(60)  NOT NULL,
    service             VARCHAR(80)  NOT NULL,
    min_delivery_days   SMALLINT     NOT NULL CHECK (min_delivery_days >= 0),
    max_delivery_days   SMALLINT     NOT NULL,
    base_rate_minor     BIGINT       NOT NULL CHECK (base_rate_minor > 0),
    per_kg_rate_minor   BIGINT       NOT NULL CHECK (per_kg_rate_minor >= 0),
    volumetric_divisor  INTEGER      NOT NULL DEFAULT 5000 CHECK (volumetric_divisor > 0),
    CONSTRAINT shipping_method_days CHECK (max_delivery_days >= min_delivery_days),
    CONSTRAINT shipping_method_unique UNIQUE (country_code, carrier, service)
);

CREATE INDEX shipping_method_country ON shipping_method (country_code);

INSERT INTO shipping_country (code, name, currency) VALUES
    ('CL', 'Chile', 'CLP'),
    ('CO', 'Colombia', 'COP'),
    ('MX', 'México', 'MXN'),
    ('ES', 'España', 'EUR'),
    ('AE', 'United Arab Emirates', 'AED');

INSERT INTO shipping_method
    (country_code, carrier, service, min_delivery_days, max_delivery_days, base_rate_minor, per_kg_rate_minor)
VALUES
    ('CL', 'Chilexpress',       'Día Hábil Siguiente',  1, 2,    4990,   1200),
    ('CL', 'Chilexpress',       'Express',              2, 3,    3990,    950),
    ('CL', 'Correos de Chile',  'PyME Estándar',        2, 5,    3490,    900),
    ('CO', 'Servientrega',      'Mercancía Premier',    1, 3, 1200000, 250000),
    ('CO', 'Coordinadora',      'Mensajería',           2, 4, 1050000, 220000),
    ('MX', 'DHL',               'Express Domestic',     1, 2,   18900,   4500),
    ('MX', 'Estafeta',          'Día Siguiente',        1, 2,   15900,   3800),
    ('MX', 'Estafeta',          'Terrestre',            3, 6,   11900,   2500),
    ('ES', 'Correos',           'Paq Estándar',         2, 3,     595,     90),
    ('ES', 'SEUR',              'SEUR 24',              1, 1,     750,    110),
    ('AE', 'Emirates Post',     'Standard',             2, 4,    2000,    500),
    ('AE', 'Aramex',            'Domestic Express',     1, 2,    2500,    600);
