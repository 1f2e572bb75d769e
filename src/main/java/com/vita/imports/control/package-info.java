/**
 * The import's logic: {@link com.vita.imports.control.ImportLaunch} takes an upload and starts the
 * {@code product-import} job; the job's artifacts ({@code ProductRowReader}, {@code
 * ProductRowProcessor}, {@code ProductRowWriter}, {@code RowErrorRecorder}, {@code
 * ProductImageFetch}) read, check, write and record; {@link com.vita.imports.control.ImportJobs}
 * reports and operates jobs.
 */
package com.vita.imports.control;
