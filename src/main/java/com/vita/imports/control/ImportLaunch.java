package com.vita.imports.control;

import com.vita.imports.entity.ImportFormat;
import com.vita.imports.entity.ImportJob;
import com.vita.platform.http.MultipartForm;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.storage.ContentSniffer;
import com.vita.platform.storage.DocumentKind;
import com.vita.platform.storage.DocumentMediaType;
import com.vita.platform.storage.DocumentStorage;
import com.vita.platform.storage.StoredDocument;
import com.vita.stores.control.StoreCard;
import com.vita.stores.control.StoreDirectory;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes an upload for one of the caller's stores and starts its import: the file is spooled to disk
 * under {@code import.max-bytes} (413 beyond it, before any parsing), recognised by content (a ZIP
 * is a workbook, text is CSV, converted to UTF-8), its header read (400 when the file is no
 * readable workbook or lacks a required column), stored through platform storage, and the batch job
 * started with the import's ids and the stored key as parameters.
 */
@ApplicationScoped
public class ImportLaunch {

  public static final String JOB = "product-import";

  @Inject StoreDirectory stores;
  @Inject DocumentStorage storage;
  @Inject ImportFiles files;
  @Inject ImportRecords records;

  @Inject
  @ConfigProperty(name = "import.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "import.chunk-size", defaultValue = "500")
  int chunkSize;

  public ImportJob start(UUID callerId, UUID storeId, MultipartForm.File file, boolean dryRun) {
    StoreCard store = stores.ownedByCaller(storeId);
    Path spooled = spool(file.content());
    Path utf8 = null;
    try {
      ImportFormat format = ImportFiles.formatOf(spooled);
      Path checked = format == ImportFormat.CSV ? (utf8 = TextEncoding.asUtf8(spooled)) : spooled;
      if (format == ImportFormat.CSV && !isText(checked)) {
        throw new ProblemException(
            ProblemType.UNSUPPORTED_MEDIA_TYPE,
            "An import file must be an .xlsx workbook or a CSV");
      }
      try (DataRows rows = files.rows(checked, format)) {
        rows.declaredDataRows(); // the header is readable and names the required columns
      } catch (UnreadableFile e) {
        throw ProblemException.invalidField("file", e.getMessage());
      }
      StoredDocument document;
      try (InputStream in = Files.newInputStream(checked)) {
        document = storage.store(in, DocumentKind.CATALOG_IMPORT, file.fileName());
      }
      ImportJob job =
          records.create(
              new ImportJob(
                  store.id(),
                  callerId,
                  document.key(),
                  document.displayName().orElse(null),
                  format,
                  store.currency(),
                  dryRun,
                  Instant.now()));
      JobOperator operator = BatchRuntime.getJobOperator();
      long execution = operator.start(JOB, parameters(job));
      records.runAs(job.id(), operator.getJobInstance(execution).getInstanceId(), execution);
      return records.find(job.id()).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      ImportFiles.delete(spooled);
      ImportFiles.delete(utf8);
    }
  }

  /** Whether the file opens as text: binary content converted from Windows-1252 still is not. */
  private static boolean isText(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(ContentSniffer.HEAD_BYTES);
    }
    return ContentSniffer.sniff(head).filter(DocumentMediaType.CSV::equals).isPresent();
  }

  private Properties parameters(ImportJob job) {
    Properties p = new Properties();
    p.setProperty("importId", job.id().toString());
    p.setProperty("storeId", job.storeId().toString());
    p.setProperty("documentKey", job.documentKey());
    p.setProperty("format", job.format().name());
    p.setProperty("currency", job.currency());
    p.setProperty("dryRun", Boolean.toString(job.dryRun()));
    p.setProperty("chunkSize", Integer.toString(chunkSize));
    return p;
  }

  /** The upload on disk, refused with 413 as soon as it passes the limit. */
  private Path spool(InputStream content) {
    Path file = files.newFile();
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
        total += n;
        if (total > maxBytes) {
          throw new ProblemException(
              ProblemType.PAYLOAD_TOO_LARGE,
              "An import file may have at most " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return file;
    } catch (IOException e) {
      ImportFiles.delete(file);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      ImportFiles.delete(file);
      throw e;
    }
  }
}
