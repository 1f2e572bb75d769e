-- Product imports (imports component). One row per upload; the Jakarta Batch runtime keeps its own
-- job repository (JOBINSTANCEDATA, EXECUTIONINSTANCEDATA, ... created by Payara on first use in
-- the same database, see server-config/post-boot-commands.asadmin). The counters are updated in
-- each chunk's transaction, together with the products and the batch checkpoint, so a restarted
-- job never counts a row twice.

CREATE TABLE import_job (
    id                UUID          PRIMARY KEY,
    store_id          UUID          NOT NULL,
    owner_id          UUID          NOT NULL,
    document_key      VARCHAR(200)  NOT NULL,
    file_name         VARCHAR(255),
    format            VARCHAR(8)    NOT NULL CHECK (format IN ('xlsx', 'csv')),
    currency          VARCHAR(3)    NOT NULL,
    dry_run           BOOLEAN       NOT NULL,
    job_instance_id   BIGINT,
    job_execution_id  BIGINT,
    rows_total        BIGINT        CHECK (rows_total >= 0),
    last_row          BIGINT        NOT NULL DEFAULT 0 CHECK (last_row >= 0),
    rows_created      BIGINT        NOT NULL DEFAULT 0 CHECK (rows_created >= 0),
    rows_updated      BIGINT        NOT NULL DEFAULT 0 CHECK (rows_updated >= 0),
    failure           VARCHAR(500),
    created_at        TIMESTAMPTZ   NOT NULL,
    heartbeat_at      TIMESTAMPTZ
);
CREATE INDEX import_job_owner ON import_job (owner_id, created_at DESC);
CREATE INDEX import_job_created ON import_job (created_at DESC);

-- A rejected row: one line per faulty cell (column null when the row as a whole is wrong). The
-- row's cells are kept once, in import_rejected_row, for the errors workbook.
CREATE TABLE import_row_error (
    import_id    UUID          NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_number   BIGINT        NOT NULL CHECK (row_number > 0),
    column_name  VARCHAR(40)   NOT NULL DEFAULT '',
    message      VARCHAR(500)  NOT NULL,
    PRIMARY KEY (import_id, row_number, column_name)
);

CREATE TABLE import_rejected_row (
    import_id    UUID          NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_number   BIGINT        NOT NULL CHECK (row_number > 0),
    cells        TEXT[]        NOT NULL,
    PRIMARY KEY (import_id, row_number)
);

-- The SKUs of a file, first row first: a later row with the same SKU is an error row, never an
-- overwrite of the earlier one.
CREATE TABLE import_sku (
    import_id    UUID          NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    sku          VARCHAR(50)   NOT NULL,
    row_number   BIGINT        NOT NULL,
    PRIMARY KEY (import_id, sku)
);

-- Image URLs of imported rows, fetched by the job's second step.
CREATE TABLE import_image (
    import_id     UUID           NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_number    BIGINT         NOT NULL,
    sku           VARCHAR(50)    NOT NULL,
    url           VARCHAR(2000)  NOT NULL,
    status        VARCHAR(10)    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'stored', 'refused')),
    document_key  VARCHAR(200),
    detail        VARCHAR(500),
    PRIMARY KEY (import_id, row_number)
);
