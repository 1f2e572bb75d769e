package com.vita.imports.control;

import com.vita.imports.entity.ImportFormat;
import com.vita.platform.storage.DocumentStorage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Import files on local disk: uploads spooled before they are checked and stored, and stored
 * imports copied back for the job (a workbook is opened by random access, which a stream from S3
 * does not give). Everything lives under {@code import.work-dir} and is deleted when read.
 */
@ApplicationScoped
public class ImportFiles {

  private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

  @Inject DocumentStorage storage;

  @Inject
  @ConfigProperty(name = "import.work-dir")
  Optional<String> workDir;

  @Inject
  @ConfigProperty(name = "import.max-blank-rows", defaultValue = "1000")
  int maxBlankRun;

  @Inject
  @ConfigProperty(name = "import.max-rows", defaultValue = "1000000")
  long maxRows;

  @Inject
  @ConfigProperty(name = "import.xlsx.min-inflate-ratio", defaultValue = "0.01")
  double minInflateRatio;

  @Inject
  @ConfigProperty(name = "import.xlsx.max-entry-bytes", defaultValue = "1073741824")
  long maxEntryBytes;

  private Path root;

  @PostConstruct
  void init() {
    root =
        workDir
            .filter(dir -> !dir.isBlank())
            .map(Path::of)
            .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "vita-imports"));
  }

  /** A new empty file under the work directory. */
  Path newFile() {
    try {
      Files.createDirectories(root);
      return Files.createTempFile(root, "import-", ".part");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a file is by its first bytes: a ZIP is taken for a workbook (opening it decides). */
  static ImportFormat formatOf(Path file) throws IOException {
    byte[] head = new byte[4];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, 4);
    }
    return n == 4 && java.util.Arrays.equals(head, ZIP) ? ImportFormat.XLSX : ImportFormat.CSV;
  }

  /** The data rows of a local file. */
  DataRows rows(Path file, ImportFormat format) {
    try {
      SheetRows rows =
          format == ImportFormat.XLSX
              ? XlsxRows.open(file, new WorkbookLimits(minInflateRatio, maxEntryBytes, 1000))
              : CsvRows.open(Files.newInputStream(file));
      try {
        return DataRows.of(rows, maxBlankRun, maxRows);
      } catch (RuntimeException e) {
        rows.close();
        throw e;
      }
    } catch (IOException e) {
      throw UnreadableFile.of(e);
    }
  }

  /** A stored import copied to the work directory, for the job to read. */
  Path copyOfStored(String documentKey) {
    Path copy = newFile();
    try (InputStream in = storage.open(documentKey)) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      delete(copy);
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a leftover in the work directory; the next clean-up of the directory takes it
      }
    }
  }
}
