package com.vita.imports.control;

import com.vita.catalog.control.ProductDraft;
import com.vita.catalog.control.ProductUpserts;
import com.vita.platform.problems.Problem.FieldError;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a chunk of valid rows: claims their SKUs (a SKU already taken by an earlier row of the
 * file makes this row an error, never an overwrite), upserts the rest by (store, SKU) through
 * catalog in one batch, and counts the outcome, all in the chunk's transaction. A dry run asks
 * which SKUs exist instead of writing, and counts what would be created and updated.
 */
@Named
@Dependent
public class ProductRowWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @Inject
  @BatchProperty(name = "storeId")
  String storeId;

  @Inject
  @BatchProperty(name = "dryRun")
  String dryRun;

  @Inject ProductUpserts upserts;
  @Inject ImportProgress progress;

  @Override
  public void writeItems(List<Object> items) {
    UUID importUuid = UUID.fromString(importId);
    UUID store = UUID.fromString(storeId);
    Map<String, Long> firstRows = new LinkedHashMap<>();
    for (Object item : items) {
      ImportRow row = (ImportRow) item;
      firstRows.putIfAbsent(row.draft().sku(), row.source().number());
    }
    Map<String, Long> holders = progress.claim(importUuid, firstRows);
    List<ImportRow> accepted = new ArrayList<>();
    long lastRow = 0;
    for (Object item : items) {
      ImportRow row = (ImportRow) item;
      lastRow = Math.max(lastRow, row.source().number());
      long holder = holders.getOrDefault(row.draft().sku(), row.source().number());
      if (holder == row.source().number()) {
        accepted.add(row);
      } else {
        progress.rejected(
            importUuid,
            row.source(),
            List.of(
                new FieldError(
                    ImportColumn.SKU.header(),
                    "repeats the SKU of row " + holder + "; the first row is kept")));
      }
    }
    List<ProductDraft> drafts = accepted.stream().map(ImportRow::draft).toList();
    long created;
    long updated;
    if (Boolean.parseBoolean(dryRun)) {
      Set<String> existing =
          drafts.isEmpty()
              ? Set.of()
              : upserts.existingSkus(store, drafts.stream().map(ProductDraft::sku).toList());
      updated = drafts.stream().filter(d -> existing.contains(d.sku())).count();
      created = drafts.size() - updated;
    } else {
      var outcome = drafts.isEmpty() ? null : upserts.upsert(store, drafts);
      created = outcome == null ? 0 : outcome.created();
      updated = outcome == null ? 0 : outcome.updated();
      progress.imagesToFetch(
          importUuid, accepted.stream().filter(row -> row.imageUrl() != null).toList());
    }
    progress.counted(importUuid, created, updated, lastRow);
  }
}
