/**
 * Imports: products loaded in bulk from an .xlsx or .csv into one of the caller's stores, by a
 * Jakarta Batch job ({@code batch-jobs/product-import.xml}) whose repository lives in VITA's
 * PostgreSQL. Decisions: the file is read as a stream (POI's event API driven row by row, Commons
 * CSV), never as a whole workbook; rows are checked by catalog's {@code ProductRules} and upserted
 * by (store, SKU) through catalog's {@code ProductUpserts}, in the chunk's transaction together
 * with the counters and the checkpoint, so a restart writes each row once; a bad row is skipped and
 * recorded with its number and columns, never aborting the job; a SKU repeated within a file is an
 * error row (the first occurrence wins); image URLs are fetched afterwards with SSRF protection.
 * See docs/architecture.md, "Imports".
 */
package com.vita.imports;
