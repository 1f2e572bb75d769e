package com.vita.imports.boundary;

import static com.vita.imports.TestImports.finished;
import static com.vita.imports.TestImports.upload;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.imports.TestImports;
import com.vita.imports.TestImports.Seller;
import com.vita.imports.TestSheets;
import com.vita.testing.TestDatabase;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import end to end on the shared server: a 1,000-row workbook with 17 bad rows, the corrected
 * errors workbook uploaded again, a second upload that only updates, and a dry run.
 */
class ProductImportIT {

  @TempDir Path dir;

  /** Data row n (sheet row n + 1) made bad, and the column its error must name. */
  private static final Map<Integer, String> BAD = new TreeMap<>();

  static {
    BAD.put(10, "precio");
    BAD.put(50, "precio");
    BAD.put(77, "stock");
    BAD.put(100, "nombre");
    BAD.put(150, "sku");
    BAD.put(200, "sku");
    BAD.put(250, "stock");
    BAD.put(300, "peso");
    BAD.put(333, "precio");
    BAD.put(400, "sku");
    BAD.put(450, "descripción");
    BAD.put(500, "dimensiones");
    BAD.put(600, "imagen_url");
    BAD.put(700, "precio");
    BAD.put(800, "nombre");
    BAD.put(900, "stock");
    BAD.put(999, "precio");
  }

  static List<List<Object>> thousandWithSeventeenBad(String prefix) {
    List<List<Object>> rows = TestSheets.products(prefix, 1000);
    set(rows, 10, 2, "abc");
    set(rows, 50, 2, 0);
    set(rows, 77, 5, -3);
    set(rows, 100, 0, "ab");
    set(rows, 150, 4, null);
    set(rows, 200, 4, "AB-12");
    set(rows, 250, 5, 2.5);
    set(rows, 300, 7, 1.5);
    set(rows, 333, 2, LocalDate.of(2024, 1, 15));
    set(rows, 400, 4, prefix + 1);
    set(rows, 450, 1, "x".repeat(1001));
    set(rows, 500, 8, "grande");
    set(rows, 600, 6, "ftp://example.com/a.jpg");
    set(rows, 700, 2, 1234.5);
    set(rows, 800, 0, null);
    set(rows, 900, 5, "muchos");
    set(rows, 999, 2, null);
    return rows;
  }

  private static void set(List<List<Object>> rows, int n, int column, Object value) {
    rows.get(n - 1).set(column, value);
  }

  @Test
  void aThousandRowsWithSeventeenBadOnesWriteNineHundredEightyThreeAndReportTheSeventeen()
      throws Exception {
    Seller seller = TestImports.seller(VitaTestServer.api());
    String prefix = "K" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "X";
    Path file = TestSheets.xlsx(dir.resolve("products.xlsx"), thousandWithSeventeenBad(prefix));

    Response accepted = upload(VitaTestServer.api(), seller.token(), seller.storeId(), file, "");
    accepted.then().statusCode(202);
    String jobId = accepted.path("jobId");
    assertTrue(accepted.header("Location").endsWith("/api/v1/import/status/" + jobId));

    JsonPath status = finished(VitaTestServer.api(), seller.token(), jobId);
    assertEquals("completed", status.getString("state"), () -> status.getMap("").toString());
    assertEquals(1000, status.getInt("rowsRead"));
    assertEquals(983, status.getInt("rowsCreated"));
    assertEquals(0, status.getInt("rowsUpdated"));
    assertEquals(17, status.getInt("rowsRejected"));
    assertEquals(100, status.getInt("progress"));
    Map<Integer, String> reported = new TreeMap<>();
    for (Map<String, Object> error : status.<Map<String, Object>>getList("errors")) {
      reported.putIfAbsent(
          ((Number) error.get("row")).intValue() - 1, (String) error.get("column"));
    }
    assertEquals(BAD, reported, () -> status.getMap("").toString());
    assertEquals(983L, products(seller.storeId()));

    // the errors workbook: the 17 rows with their errors; corrected and uploaded again
    byte[] errors =
        given(VitaTestServer.api())
            .auth()
            .oauth2(seller.token())
            .get("/api/v1/import/status/" + jobId + "/errors.xlsx")
            .then()
            .statusCode(200)
            .contentType(ImportsResource.XLSX)
            .extract()
            .asByteArray();
    Path corrected = corrected(errors, prefix, dir.resolve("corrected.xlsx"));
    String second =
        upload(VitaTestServer.api(), seller.token(), seller.storeId(), corrected, "")
            .then()
            .statusCode(202)
            .extract()
            .path("jobId");
    JsonPath again = finished(VitaTestServer.api(), seller.token(), second);
    assertEquals(0, again.getInt("rowsRejected"), () -> again.getMap("").toString());
    // 16 rows were never written; the 17th repeated the SKU of row 2, which it now updates
    assertEquals(16, again.getInt("rowsCreated"));
    assertEquals(1, again.getInt("rowsUpdated"));
    assertEquals(999L, products(seller.storeId()));

    // the original file again: every valid row is an update, nothing is created twice
    String third =
        upload(VitaTestServer.api(), seller.token(), seller.storeId(), file, "")
            .then()
            .statusCode(202)
            .extract()
            .path("jobId");
    JsonPath thirdStatus = finished(VitaTestServer.api(), seller.token(), third);
    assertEquals(0, thirdStatus.getInt("rowsCreated"));
    assertEquals(983, thirdStatus.getInt("rowsUpdated"));
    assertEquals(999L, products(seller.storeId()));
    assertEquals(
        0L,
        TestDatabase.rows(
                "select count(*) - count(distinct sku) as d from product where store_id = ?",
                UUID.fromString(seller.storeId()))
            .get(0)
            .get("d"));
  }

  @Test
  void aDryRunCountsWhatWouldBeWrittenAndWritesNothing() throws Exception {
    Seller seller = TestImports.seller(VitaTestServer.api());
    Path file = TestSheets.xlsx(dir.resolve("dry.xlsx"), thousandWithSeventeenBad("DRY"));
    String jobId =
        upload(VitaTestServer.api(), seller.token(), seller.storeId(), file, "?dryRun=true")
            .then()
            .statusCode(202)
            .extract()
            .path("jobId");
    JsonPath status = finished(VitaTestServer.api(), seller.token(), jobId);
    assertEquals("completed", status.getString("state"));
    assertTrue(status.getBoolean("dryRun"));
    assertEquals(983, status.getInt("rowsCreated"));
    assertEquals(17, status.getInt("rowsRejected"));
    assertEquals(0L, products(seller.storeId()));
  }

  static long products(String storeId) throws Exception {
    return ((Number)
            TestDatabase.rows(
                    "select count(*) as n from product where store_id = ?",
                    UUID.fromString(storeId))
                .get(0)
                .get("n"))
        .longValue();
  }

  /** The errors workbook with each row fixed: valid values, the repeated SKU kept. */
  private static Path corrected(byte[] errors, String prefix, Path target) throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (InputStream in = new ByteArrayInputStream(errors);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      assertEquals("error", sheet.getRow(0).getCell(9).getStringCellValue());
      assertEquals(17, sheet.getLastRowNum());
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        int n = (int) row.getCell(10).getNumericCellValue() - 1;
        assertTrue(formatter.formatCellValue(row.getCell(9)).contains(BAD.get(n)));
        List<Object> fixed = TestSheets.product(prefix, n);
        if (n == 400) {
          fixed.set(4, prefix + 1);
        }
        rows.add(fixed);
      }
    }
    return TestSheets.xlsx(target, rows);
  }
}
