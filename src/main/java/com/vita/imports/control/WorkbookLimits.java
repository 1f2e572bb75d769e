package com.vita.imports.control;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's defences against zip bombs, set from configuration before a workbook is opened: the
 * smallest compression ratio an entry may have (a bomb compresses far better than any sheet), the
 * largest an entry may expand to, and how many entries a package may hold. They are process-wide in
 * POI, so every workbook VITA opens gets the same.
 */
record WorkbookLimits(double minInflateRatio, long maxEntryBytes, long maxEntries) {

  /** Columns to the right of these are never an import column and are not kept. */
  static final int MAX_COLUMNS = 64;

  static final WorkbookLimits DEFAULTS = new WorkbookLimits(0.01, 1L << 30, 1000);

  void apply() {
    ZipSecureFile.setMinInflateRatio(minInflateRatio);
    ZipSecureFile.setMaxEntrySize(maxEntryBytes);
    ZipSecureFile.setMaxFileCount(maxEntries);
  }
}
