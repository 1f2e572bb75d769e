-- Carriers as rows of their own (a code for webhook paths and config keys, the name shown), and the
-- shipments orders opens when a seller ships, with their tracking events.

CREATE TABLE carrier (
    code          VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    name          VARCHAR(60)  NOT NULL,
    country_code  CHAR(2)      NOT NULL REFERENCES shipping_country (code),
    CONSTRAINT carrier_country_name UNIQUE (country_code, name)
);

INSERT INTO carrier (code, name, country_code) VALUES
    ('chilexpress',      'Chilexpress',       'CL'),
    ('correos-de-chile', 'Correos de Chile',  'CL'),
    ('servientrega',     'Servientrega',      'CO'),
    ('coordinadora',     'Coordinadora',      'CO'),
    ('dhl',              'DHL',               'MX'),
    ('estafeta',         'Estafeta',          'MX'),
    ('correos',          'Correos',           'ES'),
    ('seur',             'SEUR',              'ES'),
    ('emirates-post',    'Emirates Post',     'AE'),
    ('aramex',           'Aramex',            'AE');

-- Every service belongs to a carrier of its own country.
ALTER TABLE shipping_method
    ADD CONSTRAINT shipping_method_carrier
        FOREIGN KEY (country_code, carrier) REFERENCES carrier (country_code, name);

-- One shipment per order. The buyer and seller are kept here (not looked up in orders) because
-- they decide who may read the tracking. No foreign keys into other components' tables.
CREATE TABLE shipment (
    id               UUID          PRIMARY KEY,
    tracking_id      VARCHAR(24)   NOT NULL CHECK (tracking_id ~ '^VT[0-9A-Z]{16}$'),
    order_id         UUID          NOT NULL,
    store_id         UUID          NOT NULL,
    seller_id        UUID          NOT NULL,
    buyer_id         UUID          NOT NULL,
    carrier_code     VARCHAR(40)   NOT NULL REFERENCES carrier (code),
    tracking_number  VARCHAR(100)  NOT NULL CHECK (tracking_number ~ '^[A-Za-z0-9-]{4,100}$'),
    status           VARCHAR(20)   NOT NULL CHECK (status IN
                         ('registered', 'in_transit', 'out_for_delivery', 'failed_attempt',
                          'delivered', 'returned')),
    last_event_at    TIMESTAMPTZ   NOT NULL,
    delivered_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT shipment_tracking_id UNIQUE (tracking_id),
    CONSTRAINT shipment_order UNIQUE (order_id),
    -- a carrier's webhook names the shipment by its tracking number
    CONSTRAINT shipment_carrier_tracking_number UNIQUE (carrier_code, tracking_number),
    CONSTRAINT shipment_delivered_at CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
);

CREATE INDEX shipment_buyer ON shipment (buyer_id);
CREATE INDEX shipment_seller ON shipment (seller_id);

CREATE TABLE shipment_event (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shipment_id       UUID          NOT NULL REFERENCES shipment (id),
    status            VARCHAR(20)   NOT NULL CHECK (status IN
                          ('registered', 'in_transit', 'out_for_delivery', 'failed_attempt',
                           'delivered', 'returned')),
    description       VARCHAR(300)  NOT NULL CHECK (length(btrim(description)) > 0),
    location          VARCHAR(120),
    occurred_at       TIMESTAMPTZ   NOT NULL,
    recorded_at       TIMESTAMPTZ   NOT NULL,
    source            VARCHAR(10)   NOT NULL CHECK (source IN ('vita', 'seller', 'carrier')),
    recorded_by       UUID,
    -- the carrier's own event id: a webhook delivery is applied once
    carrier_code      VARCHAR(40)   REFERENCES carrier (code),
    carrier_event_id  VARCHAR(100),
    CONSTRAINT shipment_event_carrier_event UNIQUE (carrier_code, carrier_event_id),
    CONSTRAINT shipment_event_carrier_source CHECK
        ((source = 'carrier') = (carrier_event_id IS NOT NULL AND carrier_code IS NOT NULL)),
    CONSTRAINT shipment_event_seller_source CHECK ((source = 'seller') = (recorded_by IS NOT NULL))
);

CREATE INDEX shipment_event_shipment ON shipment_event (shipment_id, occurred_at, id);
