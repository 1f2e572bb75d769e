package com.vita.imports.boundary;

import static com.vita.imports.TestImports.finished;
import static com.vita.imports.TestImports.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.imports.TestImports;
import com.vita.imports.TestImports.Seller;
import com.vita.imports.TestSheets;
import com.vita.testing.TestDatabase;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hostile file gets a clear answer and never a crash: refused at upload (400, 413, 415) when
 * the file itself is bad, recorded per row when only rows are.
 */
class ImportHostileFilesIT {

  @TempDir Path dir;
  static Seller seller;

  @BeforeAll
  static void aSeller() {
    seller = TestImports.seller(VitaTestServer.api());
  }

  private static String prefix() {
    return "H" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "X";
  }

  private static io.restassured.response.Response send(Path file) {
    return upload(VitaTestServer.api(), seller.token(), seller.storeId(), file, "");
  }

  private static JsonPath imported(Path file) throws InterruptedException {
    String jobId = send(file).then().statusCode(202).extract().path("jobId");
    return finished(VitaTestServer.api(), seller.token(), jobId);
  }

  @Test
  void aZipBombIsRefusedBeforeItExpands() {
    Path bomb =
        TestSheets.withSheetXml(
            dir.resolve("bomb.xlsx"),
            out -> {
              out.write(TestSheets.SHEET_START);
              char[] blanks = new char[1 << 20];
              java.util.Arrays.fill(blanks, ' ');
              for (int i = 0; i < 100; i++) {
                out.write(blanks); // 100 MB of nothing, a few hundred KB compressed
              }
              out.write(TestSheets.rowXml(1, TestSheets.HEADER));
              out.write(TestSheets.SHEET_END);
            });
    assertTrue(bomb.toFile().length() < 1_000_000);
    send(bomb)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("file"))
        .body("errors[0].message", containsString("zip bomb"));
  }

  @Test
  void anExternalEntityInTheSheetIsNeverResolved() {
    Path xxe =
        TestSheets.withSheetXml(
            dir.resolve("xxe.xlsx"),
            out ->
                out.write(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + TestSheets.SHEET_START.substring(TestSheets.SHEET_START.indexOf("?>") + 2)
                        + TestSheets.rowXml(1, TestSheets.HEADER)
                        + TestSheets.rowXml(2, List.of("&xxe;", "", "1000", "", "XXE1", "1"))
                        + TestSheets.SHEET_END));
    send(xxe)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("DTD"))
        .body(not(containsString("root:")));
  }

  @Test
  void aMillionBlankRowsEndTheDataCheaply() throws Exception {
    String prefix = prefix();
    Path blanks =
        TestSheets.xlsx(
            dir.resolve("blank-rows.xlsx"),
            List.of(TestSheets.product(prefix, 1)),
            (SXSSFSheet sheet) -> {
              for (int r = 2; r <= 1_000_001; r++) {
                sheet.createRow(r);
              }
              TestSheets.write(sheet.createRow(1_000_002), TestSheets.product(prefix, 2));
            });
    long started = System.nanoTime();
    JsonPath status = imported(blanks);
    assertEquals("completed", status.getString("state"));
    // the data ends after import.max-blank-rows (1000) blank rows: the row below them is not read
    assertEquals(1, status.getInt("rowsCreated"));
    assertEquals(0, status.getInt("rowsRejected"));
    assertTrue(System.nanoTime() - started < 60_000_000_000L);
  }

  @Test
  void formulasGiveTheirCachedResultAndMergedCellsTheirFirstCell() throws Exception {
    String prefix = prefix();
    List<String> cached = new java.util.ArrayList<>(TestSheets.productText(prefix, 1));
    cached.set(2, "<c r=\"C2\"><f>1000+234</f><v>1234</v></c>");
    List<String> uncalculated = new java.util.ArrayList<>(TestSheets.productText(prefix, 2));
    uncalculated.set(2, "<c r=\"C3\"><f>1000+1</f></c>"); // never calculated: no cached value
    List<String> mergedDown = new java.util.ArrayList<>(TestSheets.productText(prefix, 4));
    mergedDown.set(0, ""); // the name of row 4 is merged down over row 5
    Path file =
        TestSheets.withSheetXml(
            dir.resolve("formulas.xlsx"),
            out ->
                out.write(
                    TestSheets.SHEET_START
                        + TestSheets.rowXml(1, TestSheets.HEADER)
                        + TestSheets.rowXml(2, cached)
                        + TestSheets.rowXml(3, uncalculated)
                        + TestSheets.rowXml(4, TestSheets.productText(prefix, 3))
                        + TestSheets.rowXml(5, mergedDown)
                        + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A4:A5\"/>"
                        + "</mergeCells></worksheet>"));
    JsonPath status = imported(file);
    assertEquals(2, status.getInt("rowsCreated"));
    assertEquals(2, status.getInt("rowsRejected"));
    List<Map<String, Object>> errors = status.getList("errors");
    assertEquals(3, ((Number) errors.get(0).get("row")).intValue());
    assertEquals("precio", errors.get(0).get("column"));
    assertEquals(5, ((Number) errors.get(1).get("row")).intValue());
    assertEquals("nombre", errors.get(1).get("column"));
    assertEquals(
        1234L, // CLP has no minor unit
        ((Number)
                TestDatabase.rows(
                        "select price_minor from product where store_id = ? and sku = ?",
                        UUID.fromString(seller.storeId()),
                        prefix + 1)
                    .get(0)
                    .get("price_minor"))
            .longValue());
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeParsing() throws Exception {
    Path large = dir.resolve("large.xlsx");
    try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
      file.write(new byte[] {'P', 'K', 3, 4});
      file.setLength(12L * 1024 * 1024); // over import.max-bytes (10 MB), under the body limit
    }
    send(large).then().statusCode(413).contentType("application/problem+json");
  }

  @Test
  void aHundredMegabyteUploadIsRefusedWithoutBeingRead() throws Exception {
    Path huge = dir.resolve("huge.csv");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(100L * 1024 * 1024);
    }
    send(huge).then().statusCode(413);
  }

  @Test
  void aWindows1252CsvReadsItsAccents() throws Exception {
    String prefix = prefix();
    Path csv = csv("cp1252.csv", Charset.forName("windows-1252"), false, prefix, "Piñata añeja");
    JsonPath status = imported(csv);
    assertEquals(1, status.getInt("rowsCreated"), () -> status.getMap("").toString());
    assertEquals("Piñata añeja", nameOf(prefix + 1));
  }

  @Test
  void aCsvWithAByteOrderMarkKeepsItsFirstColumn() throws Exception {
    String prefix = prefix();
    Path csv = csv("bom.csv", StandardCharsets.UTF_8, true, prefix, "Camión de juguete");
    JsonPath status = imported(csv);
    assertEquals(1, status.getInt("rowsCreated"), () -> status.getMap("").toString());
    assertEquals("Camión de juguete", nameOf(prefix + 1));
  }

  @Test
  void aFileThatIsNoSpreadsheetIsRefused() throws Exception {
    Path png = dir.resolve("image.csv");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
    send(png).then().statusCode(415);
    Path zip = dir.resolve("other.xlsx");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
    }
    send(zip).then().statusCode(400).body("errors[0].message", containsString("xlsx"));
    Path noHeader = dir.resolve("no-header.csv");
    Files.writeString(noHeader, "a,b,c\n1,2,3\n");
    send(noHeader).then().statusCode(400).body("errors[0].message", containsString("precio"));
  }

  private Path csv(String name, Charset charset, boolean bom, String prefix, String productName)
      throws Exception {
    String text =
        String.join(";", TestSheets.HEADER)
            + "\r\n"
            + productName
            + ";Descripción;1500;juguetes;"
            + prefix
            + "1;3;;200;10x10x10\r\n";
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      if (bom) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      out.write(text.getBytes(charset));
    }
    return file;
  }

  private static String nameOf(String sku) throws Exception {
    return (String)
        TestDatabase.rows(
                "select name from product where store_id = ? and sku = ?",
                UUID.fromString(seller.storeId()),
                sku)
            .get(0)
            .get("name");
  }
}
