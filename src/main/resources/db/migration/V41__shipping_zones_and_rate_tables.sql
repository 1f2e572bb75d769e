-- Zones by region and a rate table per carrier service (issue #12). Replaces the flat "base rate
-- for the first kg + per-kg rate" of V1/V10: a quote now looks up the destination region's zone,
-- then the service's tariff for that zone: the first weight bracket that holds the billable weight,
-- or, above the last bracket, its price plus the per-extra-kg rate for every started kilogram
-- beyond it. Amounts in minor units (CLP has none; COP, MXN, EUR, AED two).

-- The zones of each country, cheapest first. A region missing from shipping_region is quoted at
-- the country's highest zone (ShippingZones): a typo never buys a cheaper price than the real one.
CREATE TABLE shipping_zone (
    country_code  CHAR(2)      NOT NULL REFERENCES shipping_country (code),
    zone          SMALLINT     NOT NULL CHECK (zone BETWEEN 1 AND 9),
    name          VARCHAR(80)  NOT NULL,
    PRIMARY KEY (country_code, zone)
);

INSERT INTO shipping_zone (country_code, zone, name) VALUES
    ('CL', 1, 'Región Metropolitana'),
    ('CL', 2, 'Centro y sur'),
    ('CL', 3, 'Zonas extremas (norte grande y austral)'),
    ('CO', 1, 'Bogotá y Cundinamarca'),
    ('CO', 2, 'Departamentos principales'),
    ('CO', 3, 'Departamentos apartados e insulares'),
    ('MX', 1, 'Centro (Valle de México)'),
    ('MX', 2, 'Bajío, occidente, golfo y noreste'),
    ('MX', 3, 'Frontera norte, península de Baja California y sureste'),
    ('ES', 1, 'Península'),
    ('ES', 2, 'Illes Balears'),
    ('ES', 3, 'Canarias, Ceuta y Melilla'),
    ('AE', 1, 'Dubai, Sharjah, Ajman'),
    ('AE', 2, 'Abu Dhabi and the northern emirates');

-- Regions by their ISO 3166-2 subdivision code (without the country prefix), official name and
-- the other names addresses use. Matched without case or accents (ShippingZones).
CREATE TABLE shipping_region (
    country_code  CHAR(2)       NOT NULL,
    code          VARCHAR(3)    NOT NULL CHECK (code ~ '^[A-Z0-9]{1,3}$'),
    name          VARCHAR(80)   NOT NULL,
    aliases       VARCHAR(80)[] NOT NULL DEFAULT '{}',
    zone          SMALLINT      NOT NULL,
    PRIMARY KEY (country_code, code),
    FOREIGN KEY (country_code, zone) REFERENCES shipping_zone (country_code, zone)
);

INSERT INTO shipping_region (country_code, code, name, aliases, zone) VALUES
    ('CL', 'RM', 'Región Metropolitana de Santiago', '{Región Metropolitana,Metropolitana,Santiago,XIII}', 1),
    ('CL', 'VS', 'Valparaíso', '{V}', 2),
    ('CL', 'LI', 'Libertador General Bernardo O''Higgins', '{O''Higgins,VI}', 2),
    ('CL', 'ML', 'Maule', '{VII}', 2),
    ('CL', 'NB', 'Ñuble', '{XVI}', 2),
    ('CL', 'BI', 'Biobío', '{Bío Bío,VIII}', 2),
    ('CL', 'AR', 'La Araucanía', '{Araucanía,IX}', 2),
    ('CL', 'LR', 'Los Ríos', '{XIV}', 2),
    ('CL', 'LL', 'Los Lagos', '{X}', 2),
    ('CL', 'CO', 'Coquimbo', '{IV}', 2),
    ('CL', 'AT', 'Atacama', '{III}', 2),
    ('CL', 'AN', 'Antofagasta', '{II}', 2),
    ('CL', 'TA', 'Tarapacá', '{I}', 3),
    ('CL', 'AP', 'Arica y Parinacota', '{Arica,XV}', 3),
    ('CL', 'AI', 'Aysén del General Carlos Ibáñez del Campo', '{Aysén,Aisén,XI}', 3),
    ('CL', 'MA', 'Magallanes y de la Antártica Chilena', '{Magallanes,XII}', 3),

    ('CO', 'DC', 'Bogotá, Distrito Capital', '{Bogotá,Bogotá D.C.,Bogota DC}', 1),
    ('CO', 'CUN', 'Cundinamarca', '{}', 1),
    ('CO', 'ANT', 'Antioquia', '{}', 2),
    ('CO', 'ATL', 'Atlántico', '{}', 2),
    ('CO', 'BOL', 'Bolívar', '{}', 2),
    ('CO', 'BOY', 'Boyacá', '{}', 2),
    ('CO', 'CAL', 'Caldas', '{}', 2),
    ('CO', 'CAQ', 'Caquetá', '{}', 2),
    ('CO', 'CAS', 'Casanare', '{}', 2),
    ('CO', 'CAU', 'Cauca', '{}', 2),
    ('CO', 'CES', 'Cesar', '{}', 2),
    ('CO', 'COR', 'Córdoba', '{}', 2),
    ('CO', 'HUI', 'Huila', '{}', 2),
    ('CO', 'LAG', 'La Guajira', '{Guajira}', 2),
    ('CO', 'MAG', 'Magdalena', '{}', 2),
    ('CO', 'MET', 'Meta', '{}', 2),
    ('CO', 'NAR', 'Nariño', '{}', 2),
    ('CO', 'NSA', 'Norte de Santander', '{}', 2),
    ('CO', 'QUI', 'Quindío', '{}', 2),
    ('CO', 'RIS', 'Risaralda', '{}', 2),
    ('CO', 'SAN', 'Santander', '{}', 2),
    ('CO', 'SUC', 'Sucre', '{}', 2),
    ('CO', 'TOL', 'Tolima', '{}', 2),
    ('CO', 'VAC', 'Valle del Cauca', '{Valle}', 2),
    ('CO', 'AMA', 'Amazonas', '{}', 3),
    ('CO', 'ARA', 'Arauca', '{}', 3),
    ('CO', 'CHO', 'Chocó', '{}', 3),
    ('CO', 'GUA', 'Guainía', '{}', 3),
    ('CO', 'GUV', 'Guaviare', '{}', 3),
    ('CO', 'PUT', 'Putumayo', '{}', 3),
    ('CO', 'SAP', 'Archipiélago de San Andrés, Providencia y Santa Catalina', '{San Andrés,San Andrés y Providencia}', 3),
    ('CO', 'VAU', 'Vaupés', '{}', 3),
    ('CO', 'VID', 'Vichada', '{}', 3),

    ('MX', 'CMX', 'Ciudad de México', '{CDMX,Distrito Federal,DF}', 1),
    ('MX', 'MEX', 'Estado de México', '{México,Edomex}', 1),
    ('MX', 'MOR', 'Morelos', '{}', 1),
    ('MX', 'HID', 'Hidalgo', '{}', 1),
    ('MX', 'TLA', 'Tlaxcala', '{}', 1),
    ('MX', 'PUE', 'Puebla', '{}', 1),
    ('MX', 'QUE', 'Querétaro', '{}', 1),
    ('MX', 'AGU', 'Aguascalientes', '{}', 2),
    ('MX', 'GUA', 'Guanajuato', '{}', 2),
    ('MX', 'JAL', 'Jalisco', '{}', 2),
    ('MX', 'MIC', 'Michoacán', '{}', 2),
    ('MX', 'COL', 'Colima', '{}', 2),
    ('MX', 'NAY', 'Nayarit', '{}', 2),
    ('MX', 'SLP', 'San Luis Potosí', '{}', 2),
    ('MX', 'ZAC', 'Zacatecas', '{}', 2),
    ('MX', 'NLE', 'Nuevo León', '{}', 2),
    ('MX', 'COA', 'Coahuila', '{Coahuila de Zaragoza}', 2),
    ('MX', 'TAM', 'Tamaulipas', '{}', 2),
    ('MX', 'VER', 'Veracruz', '{Veracruz de Ignacio de la Llave}', 2),
    ('MX', 'DUR', 'Durango', '{}', 2),
    ('MX', 'GRO', 'Guerrero', '{}', 2),
    ('MX', 'OAX', 'Oaxaca', '{}', 2),
    ('MX', 'SIN', 'Sinaloa', '{}', 2),
    ('MX', 'TAB', 'Tabasco', '{}', 2),
    ('MX', 'BCN', 'Baja California', '{}', 3),
    ('MX', 'BCS', 'Baja California Sur', '{}', 3),
    ('MX', 'SON', 'Sonora', '{}', 3),
    ('MX', 'CHH', 'Chihuahua', '{}', 3),
    ('MX', 'CHP', 'Chiapas', '{}', 3),
    ('MX', 'CAM', 'Campeche', '{}', 3),
    ('MX', 'ROO', 'Quintana Roo', '{}', 3),
    ('MX', 'YUC', 'Yucatán', '{}', 3),

    ('ES', 'AN', 'Andalucía', '{}', 1),
    ('ES', 'AR', 'Aragón', '{}', 1),
    ('ES', 'AS', 'Principado de Asturias', '{Asturias}', 1),
    ('ES', 'CB', 'Cantabria', '{}', 1),
    ('ES', 'CL', 'Castilla y León', '{}', 1),
    ('ES', 'CM', 'Castilla-La Mancha', '{Castilla La Mancha}', 1),
    ('ES', 'CT', 'Cataluña', '{Catalunya}', 1),
    ('ES', 'EX', 'Extremadura', '{}', 1),
    ('ES', 'GA', 'Galicia', '{}', 1),
    ('ES', 'RI', 'La Rioja', '{Rioja}', 1),
    ('ES', 'MD', 'Comunidad de Madrid', '{Madrid}', 1),
    ('ES', 'MC', 'Región de Murcia', '{Murcia}', 1),
    ('ES', 'NC', 'Comunidad Foral de Navarra', '{Navarra}', 1),
    ('ES', 'PV', 'País Vasco', '{Euskadi}', 1),
    ('ES', 'VC', 'Comunitat Valenciana', '{Comunidad Valenciana,Valencia}', 1),
    ('ES', 'IB', 'Illes Balears', '{Islas Baleares,Baleares,Balears,Mallorca,Menorca,Ibiza,Eivissa,Formentera}', 2),
    ('ES', 'CN', 'Canarias', '{Islas Canarias,Las Palmas,Santa Cruz de Tenerife,Tenerife,Gran Canaria}', 3),
    ('ES', 'CE', 'Ceuta', '{}', 3),
    ('ES', 'ML', 'Melilla', '{}', 3),

    ('AE', 'DU', 'Dubai', '{}', 1),
    ('AE', 'SH', 'Sharjah', '{}', 1),
    ('AE', 'AJ', 'Ajman', '{}', 1),
    ('AE', 'AZ', 'Abu Dhabi', '{}', 2),
    ('AE', 'UQ', 'Umm Al Quwain', '{Umm al-Quwain}', 2),
    ('AE', 'RK', 'Ras Al Khaimah', '{Ras al-Khaimah}', 2),
    ('AE', 'FU', 'Fujairah', '{}', 2);

-- The carriers' volumetric divisors (cm³ per billable kg).
UPDATE shipping_method SET volumetric_divisor = CASE carrier
    WHEN 'Chilexpress' THEN 4000
    WHEN 'Correos de Chile' THEN 6000
    WHEN 'Servientrega' THEN 4000
    WHEN 'Coordinadora' THEN 5000
    WHEN 'DHL' THEN 5000
    WHEN 'Estafeta' THEN 5000
    WHEN 'Correos' THEN 6000
    WHEN 'SEUR' THEN 5000
    WHEN 'Emirates Post' THEN 6000
    WHEN 'Aramex' THEN 5000
  END;

ALTER TABLE shipping_method
    DROP COLUMN base_rate_minor,
    DROP COLUMN per_kg_rate_minor,
    ADD CONSTRAINT shipping_method_country_currency_id UNIQUE (id, country_code, currency);

-- One tariff per service and zone: the delivery days there, and the rate per started kilogram
-- above the last bracket. Its country and currency are the service's (foreign key).
CREATE TABLE shipping_tariff (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    method_id          BIGINT       NOT NULL,
    country_code       CHAR(2)      NOT NULL,
    zone               SMALLINT     NOT NULL,
    currency           CHAR(3)      NOT NULL,
    extra_kg_minor     BIGINT       NOT NULL CHECK (extra_kg_minor >= 0),
    min_delivery_days  SMALLINT     NOT NULL CHECK (min_delivery_days >= 0),
    max_delivery_days  SMALLINT     NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT shipping_tariff_days CHECK (max_delivery_days >= min_delivery_days),
    CONSTRAINT shipping_tariff_method_zone UNIQUE (method_id, zone),
    CONSTRAINT shipping_tariff_id_currency UNIQUE (id, currency),
    FOREIGN KEY (method_id, country_code, currency)
        REFERENCES shipping_method (id, country_code, currency),
    FOREIGN KEY (country_code, zone) REFERENCES shipping_zone (country_code, zone)
);

-- A bracket prices every billable weight up to and including up_to_grams (above the previous one).
CREATE TABLE shipping_tariff_bracket (
    tariff_id    BIGINT    NOT NULL,
    up_to_grams  INTEGER   NOT NULL CHECK (up_to_grams > 0 AND up_to_grams <= 1000000),
    price_minor  BIGINT    NOT NULL CHECK (price_minor > 0),
    currency     CHAR(3)   NOT NULL,
    PRIMARY KEY (tariff_id, up_to_grams),
    FOREIGN KEY (tariff_id, currency) REFERENCES shipping_tariff (id, currency) ON DELETE CASCADE
);

-- Seed tariffs: brackets up to 1, 3, 5, 10 and 20 kg. Zone 2 and 3 prices are the zone 1 prices
-- times the country's remoteness factor (CL 1.25/1.8, CO 1.3/2.0, MX 1.3/1.7, ES 1.6/2.2, AE 1.25),
-- rounded to CLP 10, COP 100, MXN 1, EUR 0.05, AED 1; delivery days one more in zone 2, two to three
-- more in zone 3.
CREATE TEMPORARY TABLE seed_tariff (
    carrier VARCHAR(60), service VARCHAR(80), zone SMALLINT, min_days SMALLINT, max_days SMALLINT,
    extra_kg BIGINT, p1 BIGINT, p3 BIGINT, p5 BIGINT, p10 BIGINT, p20 BIGINT
);

INSERT INTO seed_tariff VALUES
    ('Chilexpress',     'Día Hábil Siguiente', 1,  1,  2,      690,     4990,     6490,     7990,    10990,    15990),
    ('Chilexpress',     'Día Hábil Siguiente', 2,  2,  3,      860,     6240,     8110,     9990,    13740,    19990),
    ('Chilexpress',     'Día Hábil Siguiente', 3,  3,  5,     1240,     8980,    11680,    14380,    19780,    28780),
    ('Chilexpress',     'Express',             1,  2,  3,      590,     3990,     5290,     6590,     9190,    13490),
    ('Chilexpress',     'Express',             2,  3,  4,      740,     4990,     6610,     8240,    11490,    16860),
    ('Chilexpress',     'Express',             3,  4,  6,     1060,     7180,     9520,    11860,    16540,    24280),
    ('Correos de Chile', 'PyME Estándar',       1,  2,  5,      490,     3490,     4590,     5690,     7990,    11990),
    ('Correos de Chile', 'PyME Estándar',       2,  3,  6,      610,     4360,     5740,     7110,     9990,    14990),
    ('Correos de Chile', 'PyME Estándar',       3,  4,  8,      880,     6280,     8260,    10240,    14380,    21580),
    ('Servientrega',    'Mercancía Premier',   1,  1,  3,   220000,  1200000,  1600000,  2100000,  3000000,  4500000),
    ('Servientrega',    'Mercancía Premier',   2,  2,  4,   290000,  1560000,  2080000,  2730000,  3900000,  5850000),
    ('Servientrega',    'Mercancía Premier',   3,  3,  6,   440000,  2400000,  3200000,  4200000,  6000000,  9000000),
    ('Coordinadora',    'Mensajería',          1,  2,  4,   200000,  1050000,  1450000,  1850000,  2650000,  4000000),
    ('Coordinadora',    'Mensajería',          2,  3,  5,   260000,  1360000,  1880000,  2400000,  3440000,  5200000),
    ('Coordinadora',    'Mensajería',          3,  4,  7,   400000,  2100000,  2900000,  3700000,  5300000,  8000000),
    ('DHL',             'Express Domestic',    1,  1,  2,     3200,    18900,    24900,    31900,    45900,    69900),
    ('DHL',             'Express Domestic',    2,  2,  3,     4200,    24600,    32400,    41500,    59700,    90900),
    ('DHL',             'Express Domestic',    3,  3,  5,     5400,    32100,    42300,    54200,    78000,   118800),
    ('Estafeta',        'Día Siguiente',       1,  1,  2,     2800,    15900,    20900,    26900,    38900,    59900),
    ('Estafeta',        'Día Siguiente',       2,  2,  3,     3600,    20700,    27200,    35000,    50600,    77900),
    ('Estafeta',        'Día Siguiente',       3,  3,  5,     4800,    27000,    35500,    45700,    66100,   101800),
    ('Estafeta',        'Terrestre',           1,  3,  6,     1900,    11900,    14900,    18900,    26900,    41900),
    ('Estafeta',        'Terrestre',           2,  4,  7,     2500,    15500,    19400,    24600,    35000,    54500),
    ('Estafeta',        'Terrestre',           3,  5,  9,     3200,    20200,    25300,    32100,    45700,    71200),
    ('Correos',         'Paq Estándar',        1,  2,  3,       85,      595,      745,      895,     1195,     1695),
    ('Correos',         'Paq Estándar',        2,  3,  4,      135,      950,     1190,     1430,     1910,     2710),
    ('Correos',         'Paq Estándar',        3,  4,  6,      185,     1310,     1640,     1970,     2630,     3730),
    ('SEUR',            'SEUR 24',             1,  1,  1,      105,      750,      920,     1090,     1450,     2090),
    ('SEUR',            'SEUR 24',             2,  2,  2,      170,     1200,     1470,     1745,     2320,     3345),
    ('SEUR',            'SEUR 24',             3,  3,  4,      230,     1650,     2025,     2400,     3190,     4600),
    ('Emirates Post',   'Standard',            1,  2,  4,      400,     2000,     2800,     3600,     5200,     8000),
    ('Emirates Post',   'Standard',            2,  3,  5,      500,     2500,     3500,     4500,     6500,    10000),
    ('Aramex',          'Domestic Express',    1,  1,  2,      500,     2500,     3400,     4400,     6200,     9500),
    ('Aramex',          'Domestic Express',    2,  2,  3,      600,     3100,     4200,     5500,     7800,    11900)
;

INSERT INTO shipping_tariff
    (method_id, country_code, zone, currency, extra_kg_minor, min_delivery_days, max_delivery_days)
SELECT m.id, m.country_code, s.zone, m.currency, s.extra_kg, s.min_days, s.max_days
  FROM seed_tariff s JOIN shipping_method m ON m.carrier = s.carrier AND m.service = s.service;

INSERT INTO shipping_tariff_bracket (tariff_id, up_to_grams, price_minor, currency)
SELECT t.id, b.up_to_grams, b.price_minor, t.currency
  FROM seed_tariff s
  JOIN shipping_method m ON m.carrier = s.carrier AND m.service = s.service
  JOIN shipping_tariff t ON t.method_id = m.id AND t.zone = s.zone
  CROSS JOIN LATERAL unnest(ARRAY[1000, 3000, 5000, 10000, 20000],
                            ARRAY[s.p1, s.p3, s.p5, s.p10, s.p20]) AS b (up_to_grams, price_minor);

DROP TABLE seed_tariff;
