-- The marketplace (issue #15): a curated catalogue searched inside PostgreSQL. What is on sale is
-- decided by the DATABASE, not by the code paths that change products, stores or businesses:
-- marketplace_listing holds exactly the eligible products and triggers on every table the rule
-- reads keep it so. Eligible = product active, not deleted, stock > 0 (the catalogue has no
-- back-order flag), store active, its owner's business KYB approved, and listed (an admin's
-- decision on the product, else a rule for its store or category). These triggers read the
-- catalogue's, stores' and kyb's tables on purpose: the rule must hold for every writer
-- (the API, the import, a hand-written UPDATE), which only the database can promise.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent(text) is STABLE (it looks its dictionary up through search_path), so a generated column
-- cannot call it; this wrapper names the dictionary by schema and is IMMUTABLE. The text search
-- configuration is Spanish with unaccent before the stemmer: "Café" and "cafe" are one lexeme.
DO $$
DECLARE
    s text := (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent');
BEGIN
    EXECUTE format(
        'CREATE FUNCTION marketplace_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE'
        || ' RETURN %I.unaccent(%L::regdictionary, $1)', s, s || '.unaccent');
    CREATE TEXT SEARCH CONFIGURATION spanish_unaccent (COPY = pg_catalog.spanish);
    EXECUTE format(
        'ALTER TEXT SEARCH CONFIGURATION spanish_unaccent ALTER MAPPING FOR hword, hword_part, word'
        || ' WITH %I.unaccent, spanish_stem', s);
END
$$;

-- An admin's decision on one product: listed (true) or unlisted (false). It overrides the rules.
CREATE TABLE marketplace_listing_decision (
    product_id  uuid         PRIMARY KEY REFERENCES product (id) ON DELETE CASCADE,
    listed      boolean      NOT NULL,
    decided_by  uuid,
    decided_at  timestamptz  NOT NULL
);

-- Rules an admin sets: every product of a store, or of a category (and its subcategories:
-- a category path is split on '/', "moda" covers "moda/calzado").
CREATE TABLE marketplace_rule (
    id          uuid         PRIMARY KEY,
    store_id    uuid         REFERENCES store (id),
    category    varchar(50)  CHECK (char_length(category) >= 1),
    created_by  uuid,
    created_at  timestamptz  NOT NULL,
    CONSTRAINT marketplace_rule_one_target CHECK ((store_id IS NULL) <> (category IS NULL))
);
CREATE UNIQUE INDEX marketplace_rule_store ON marketplace_rule (store_id) WHERE store_id IS NOT NULL;
CREATE UNIQUE INDEX marketplace_rule_category ON marketplace_rule (category) WHERE category IS NOT NULL;

-- "Best selling" reads the units the store analytics counted per product.
CREATE INDEX store_product_sale_daily_product ON store_product_sale_daily (product_id);

-- The one definition of eligibility; marketplace_listing is its materialisation.
CREATE VIEW marketplace_eligible AS
SELECT p.id AS product_id, p.store_id, s.name AS store_name, s.country, p.name, p.description,
       p.category, p.price_minor, p.currency, p.created_at,
       coalesce((SELECT sum(d.units) FROM store_product_sale_daily d WHERE d.product_id = p.id), 0)::bigint
           AS units_sold
  FROM product p
  JOIN store s ON s.id = p.store_id
 WHERE p.status = 'active' AND p.deleted_at IS NULL AND p.stock > 0
   AND s.status = 'active'
   AND EXISTS (SELECT 1 FROM business b
                WHERE b.owner_account_id = s.owner_account_id AND b.status = 'approved')
   AND coalesce(
         (SELECT d.listed FROM marketplace_listing_decision d WHERE d.product_id = p.id),
         EXISTS (SELECT 1 FROM marketplace_rule r
                  WHERE r.store_id = p.store_id
                     OR r.category = p.category
                     OR starts_with(p.category, r.category || '/')));

-- Stock is not copied (only whether it is above zero matters, and that decides presence), so a
-- checkout's stock decrement rewrites no listing row unless it sells the last unit.
CREATE TABLE marketplace_listing (
    product_id   uuid          PRIMARY KEY REFERENCES product (id) ON DELETE CASCADE,
    store_id     uuid          NOT NULL,
    store_name   varchar(100)  NOT NULL,
    country      varchar(2)    NOT NULL,
    name         varchar(100)  NOT NULL,
    description  varchar(1000),
    category     varchar(50)   NOT NULL,
    price_minor  bigint        NOT NULL,
    currency     char(3)       NOT NULL,
    units_sold   bigint        NOT NULL,
    created_at   timestamptz   NOT NULL,
    -- what trigram similarity and prefixes compare: lower case, no accents
    search_text  text GENERATED ALWAYS AS (lower(marketplace_unaccent(name))) STORED,
    document     tsvector GENERATED ALWAYS AS (
                   setweight(to_tsvector('spanish_unaccent'::regconfig, name), 'A')
                   || setweight(to_tsvector('spanish_unaccent'::regconfig, replace(category, '/', ' ')), 'B')
                   || setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(description, '')), 'D'))
                 STORED
);
CREATE INDEX marketplace_listing_document ON marketplace_listing USING gin (document);
CREATE INDEX marketplace_listing_trgm ON marketplace_listing USING gin (search_text gin_trgm_ops);
-- search-as-you-type: a name's prefix, answered from the index alone
CREATE INDEX marketplace_listing_prefix ON marketplace_listing (search_text text_pattern_ops)
    INCLUDE (product_id, name);
-- the sorts, each with the id as tie-breaker for keyset pages
CREATE INDEX marketplace_listing_newest ON marketplace_listing (created_at DESC, product_id DESC);
CREATE INDEX marketplace_listing_price ON marketplace_listing (price_minor, product_id);
CREATE INDEX marketplace_listing_best ON marketplace_listing (units_sold DESC, product_id DESC);
CREATE INDEX marketplace_listing_category ON marketplace_listing (category, created_at DESC, product_id DESC);
CREATE INDEX marketplace_listing_store ON marketplace_listing (store_id, created_at DESC, product_id DESC);

-- Brings the listing rows of these products in line with marketplace_eligible. Race-free against
-- the other writers: a product's own change holds its row; the store and the owner's businesses
-- are share-locked before reading (waiting for a deactivation or a KYB change in flight), and each
-- later statement reads a fresh snapshot. The store and business triggers lock only their own rows
-- (already held), so the order is always product -> store -> business: no deadlock.
CREATE FUNCTION marketplace_sync(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM store s
     WHERE s.id IN (SELECT p.store_id FROM product p WHERE p.id = ANY (ids))
       FOR SHARE;
    PERFORM 1 FROM business b
     WHERE b.owner_account_id IN (SELECT s.owner_account_id FROM store s JOIN product p ON p.store_id = s.id
                                   WHERE p.id = ANY (ids))
       FOR SHARE;
    DELETE FROM marketplace_listing l
     WHERE l.product_id = ANY (ids)
       AND NOT EXISTS (SELECT 1 FROM marketplace_eligible e WHERE e.product_id = l.product_id);
    INSERT INTO marketplace_listing AS l (product_id, store_id, store_name, country, name, description,
                                          category, price_minor, currency, units_sold, created_at)
    SELECT e.product_id, e.store_id, e.store_name, e.country, e.name, e.description, e.category,
           e.price_minor, e.currency, e.units_sold, e.created_at
      FROM marketplace_eligible e
     WHERE e.product_id = ANY (ids)
    ON CONFLICT (product_id) DO UPDATE SET
        store_id = excluded.store_id, store_name = excluded.store_name, country = excluded.country,
        name = excluded.name, description = excluded.description, category = excluded.category,
        price_minor = excluded.price_minor, currency = excluded.currency,
        units_sold = excluded.units_sold, created_at = excluded.created_at
     WHERE (l.store_id, l.store_name, l.country, l.name, l.description, l.category, l.price_minor,
            l.currency, l.units_sold, l.created_at)
           IS DISTINCT FROM
           (excluded.store_id, excluded.store_name, excluded.country, excluded.name,
            excluded.description, excluded.category, excluded.price_minor, excluded.currency,
            excluded.units_sold, excluded.created_at);
END
$$;

-- Statement-level triggers with transition tables: an import of 10,000 rows syncs once, not
-- 10,000 times. (A trigger with transition tables takes one event and no column list.)
CREATE FUNCTION marketplace_product_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM marketplace_sync(ARRAY(SELECT id FROM new_rows));
    RETURN NULL;
END
$$;
CREATE TRIGGER marketplace_product_inserted AFTER INSERT ON product
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_product_inserted();

-- Only changes the listing shows or eligibility reads; a stock change that stays above zero is none.
CREATE FUNCTION marketplace_product_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM marketplace_sync(ARRAY(
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
         WHERE (n.store_id, n.name, n.description, n.category, n.price_minor, n.currency, n.stock > 0,
                n.status, n.deleted_at, n.created_at)
               IS DISTINCT FROM
               (o.store_id, o.name, o.description, o.category, o.price_minor, o.currency, o.stock > 0,
                o.status, o.deleted_at, o.created_at)));
    RETURN NULL;
END
$$;
CREATE TRIGGER marketplace_product_updated AFTER UPDATE ON product
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION marketplace_product_updated();

CREATE FUNCTION marketplace_store_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM marketplace_sync(ARRAY(
        SELECT p.id FROM product p
         WHERE p.deleted_at IS NULL
           AND p.store_id IN (
               SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                WHERE (n.status, n.name, n.country, n.owner_account_id)
                      IS DISTINCT FROM (o.status, o.name, o.country, o.owner_account_id))));
    RETURN NULL;
END
$$;
CREATE TRIGGER marketplace_store_updated AFTER UPDATE ON store
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION marketplace_store_updated();

CREATE FUNCTION marketplace_business_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM marketplace_sync(ARRAY(
        SELECT p.id FROM product p JOIN store s ON s.id = p.store_id
         WHERE p.deleted_at IS NULL
           AND s.owner_account_id IN (
               SELECT n.owner_account_id FROM new_rows n JOIN old_rows o ON o.id = n.id
                WHERE n.status IS DISTINCT FROM o.status
                   OR n.owner_account_id IS DISTINCT FROM o.owner_account_id)));
    RETURN NULL;
END
$$;
CREATE TRIGGER marketplace_business_updated AFTER UPDATE ON business
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION marketplace_business_updated();

-- Sales move "best selling"; decisions and rules move eligibility. One function per shape of
-- transition table: a column of product ids, or rules to expand into their products.
CREATE FUNCTION marketplace_products_in_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM marketplace_sync(ARRAY(SELECT DISTINCT product_id FROM old_rows));
    ELSE
        PERFORM marketplace_sync(ARRAY(SELECT DISTINCT product_id FROM new_rows));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER marketplace_sales_inserted AFTER INSERT ON store_product_sale_daily
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_products_in_rows();
CREATE TRIGGER marketplace_sales_updated AFTER UPDATE ON store_product_sale_daily
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_products_in_rows();
CREATE TRIGGER marketplace_decision_inserted AFTER INSERT ON marketplace_listing_decision
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_products_in_rows();
CREATE TRIGGER marketplace_decision_updated AFTER UPDATE ON marketplace_listing_decision
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_products_in_rows();
CREATE TRIGGER marketplace_decision_deleted AFTER DELETE ON marketplace_listing_decision
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_products_in_rows();

-- The products a set of rules covers (those listed or unlisted by adding or removing them).
CREATE FUNCTION marketplace_rule_products(store_ids uuid[], categories text[]) RETURNS uuid[]
    LANGUAGE sql STABLE AS $$
    SELECT ARRAY(
        SELECT p.id FROM product p
         WHERE p.deleted_at IS NULL
           AND (p.store_id = ANY (store_ids) OR p.category = ANY (categories)
                OR EXISTS (SELECT 1 FROM unnest(categories) c WHERE starts_with(p.category, c || '/'))))
$$;
CREATE FUNCTION marketplace_rules_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM marketplace_sync(marketplace_rule_products(
            ARRAY(SELECT store_id FROM old_rows WHERE store_id IS NOT NULL),
            ARRAY(SELECT category FROM old_rows WHERE category IS NOT NULL)));
    ELSE
        PERFORM marketplace_sync(marketplace_rule_products(
            ARRAY(SELECT store_id FROM new_rows WHERE store_id IS NOT NULL),
            ARRAY(SELECT category FROM new_rows WHERE category IS NOT NULL)));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER marketplace_rules_inserted AFTER INSERT ON marketplace_rule
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_rules_changed();
CREATE TRIGGER marketplace_rules_deleted AFTER DELETE ON marketplace_rule
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_rules_changed();

-- Admin-curated slots shown by GET /marketplace/featured while now is in [starts_at, ends_at).
CREATE TABLE marketplace_featured_slot (
    id          uuid         PRIMARY KEY,
    product_id  uuid         NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    position    integer      NOT NULL CHECK (position BETWEEN 1 AND 1000),
    starts_at   timestamptz  NOT NULL,
    ends_at     timestamptz  NOT NULL,
    created_by  uuid,
    created_at  timestamptz  NOT NULL,
    CONSTRAINT marketplace_featured_slot_window CHECK (ends_at > starts_at)
);
CREATE INDEX marketplace_featured_slot_window ON marketplace_featured_slot (ends_at, starts_at);

-- The cache's generation: bumped (a sequence: no row lock for concurrent writers to queue on)
-- whenever the listing or the featured slots change; cached answers of an older one are not read.
CREATE SEQUENCE marketplace_generation;
CREATE FUNCTION marketplace_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM changed_rows) THEN
        PERFORM nextval('marketplace_generation');
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER marketplace_listing_inserted AFTER INSERT ON marketplace_listing
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_bump_generation();
CREATE TRIGGER marketplace_listing_updated AFTER UPDATE ON marketplace_listing
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_bump_generation();
CREATE TRIGGER marketplace_listing_deleted AFTER DELETE ON marketplace_listing
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_bump_generation();
CREATE TRIGGER marketplace_featured_inserted AFTER INSERT ON marketplace_featured_slot
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_bump_generation();
CREATE TRIGGER marketplace_featured_deleted AFTER DELETE ON marketplace_featured_slot
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_bump_generation();
