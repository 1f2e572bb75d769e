-- The catalogue (catalog component): products of a store, their immutable stock history and their
-- images. Rules the API applies are also constraints here, so no path (the API, the import, a
-- hand-written UPDATE) stores what the API would refuse.

CREATE TABLE product (
    id           uuid         PRIMARY KEY,
    store_id     uuid         NOT NULL REFERENCES store (id),
    sku          varchar(50)  NOT NULL CONSTRAINT product_sku_alphanumeric CHECK (sku ~ '^[A-Za-z0-9]{1,50}$'),
    name         varchar(100) NOT NULL CONSTRAINT product_name_length CHECK (char_length(name) >= 3),
    description  varchar(1000),
    category     varchar(50)  NOT NULL CONSTRAINT product_category_present CHECK (char_length(category) >= 1),
    -- Money in the store's currency, in minor units (platform/money).
    price_minor  bigint       NOT NULL CONSTRAINT product_price_positive CHECK (price_minor > 0),
    currency     char(3)      NOT NULL CONSTRAINT product_currency_iso CHECK (currency ~ '^[A-Z]{3}$'),
    stock        integer      NOT NULL CONSTRAINT product_stock_not_negative CHECK (stock >= 0),
    weight_grams integer      CONSTRAINT product_weight_positive CHECK (weight_grams > 0),
    length_cm    numeric(6,1),
    width_cm     numeric(6,1),
    height_cm    numeric(6,1),
    status       varchar(20)  NOT NULL CONSTRAINT product_status_known CHECK (status IN ('draft', 'active', 'archived')),
    deleted_at   timestamptz,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0,
    -- A SKU stays reserved in its store after a soft delete: the import's upsert keys on it.
    CONSTRAINT product_store_sku_unique UNIQUE (store_id, sku),
    CONSTRAINT product_dimensions_complete CHECK (
        (length_cm IS NULL AND width_cm IS NULL AND height_cm IS NULL)
        OR (length_cm > 0 AND width_cm > 0 AND height_cm > 0))
);

-- Keyset pages, newest first: the owner's list (every status) and the public page (active only).
CREATE INDEX product_store_listing ON product (store_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX product_store_public ON product (store_id, created_at DESC, id DESC)
    WHERE deleted_at IS NULL AND status = 'active';
CREATE INDEX product_store_category ON product (store_id, category, created_at DESC, id DESC)
    WHERE deleted_at IS NULL;

CREATE TABLE stock_movement (
    id               uuid         PRIMARY KEY,
    product_id       uuid         NOT NULL REFERENCES product (id),
    delta            integer      NOT NULL CONSTRAINT stock_movement_delta_nonzero CHECK (delta <> 0),
    stock_after      integer      NOT NULL CONSTRAINT stock_movement_stock_after_not_negative CHECK (stock_after >= 0),
    reason           varchar(200) NOT NULL CONSTRAINT stock_movement_reason_present CHECK (char_length(reason) >= 1),
    actor_account_id uuid,
    created_at       timestamptz  NOT NULL
);

CREATE INDEX stock_movement_product ON stock_movement (product_id, created_at DESC, id DESC);

-- The history is evidence: rows are added, never changed or removed.
CREATE FUNCTION stock_movement_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'stock movements are immutable' USING ERRCODE = 'check_violation';
END
$$;

CREATE TRIGGER stock_movement_immutable BEFORE UPDATE OR DELETE ON stock_movement
    FOR EACH ROW EXECUTE FUNCTION stock_movement_is_immutable();

-- Only re-encoded renditions are kept (200, 800 and 1600 px on the longer side): the upload itself,
-- with its EXIF and GPS, never reaches storage.
CREATE TABLE product_image (
    id          uuid         PRIMARY KEY,
    product_id  uuid         NOT NULL REFERENCES product (id),
    media_type  varchar(20)  NOT NULL CONSTRAINT product_image_media_type CHECK (media_type IN ('image/jpeg', 'image/png')),
    width       integer      NOT NULL CONSTRAINT product_image_width CHECK (width > 0),
    height      integer      NOT NULL CONSTRAINT product_image_height CHECK (height > 0),
    key_small   varchar(200) NOT NULL,
    key_medium  varchar(200) NOT NULL,
    key_large   varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL
);

CREATE INDEX product_image_product ON product_image (product_id, created_at, id);
