package com.vita.catalog.boundary;

import static com.vita.catalog.boundary.TestCatalog.as;
import static com.vita.catalog.boundary.TestCatalog.created;
import static com.vita.catalog.boundary.TestCatalog.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestTokens;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The catalogue export: the import's columns, formulas neutralised, for the owner only. */
class CatalogExportIT {

  private final TestCatalog.Seller seller = TestCatalog.seller();
  private final String storeId = TestCatalog.store(seller, null);

  private void fill() {
    Map<String, Object> formula = product(storeId, "=HYPERLINK(\"http://evil\",\"x\")", 99.99, 3);
    formula.put("sku", "EVIL1");
    formula.put("description", "@SUM(1+1), with \"quotes\"\nand a line");
    formula.put("dimensions", "30x20x10.5");
    formula.put("weightGrams", 1200);
    created(seller.token(), formula);
    Map<String, Object> plain = product(storeId, "Lámpara", 5, 0);
    plain.put("sku", "PLAIN1");
    plain.put("category", "-hogar");
    created(seller.token(), plain);
  }

  @Test
  void csvHasTheImportsColumnsAndNoLiveFormula() {
    fill();
    Response r =
        as(seller.token()).queryParam("format", "csv").get("/api/v1/products/export/" + storeId);
    r.then().statusCode(200).contentType("text/csv");
    assertTrue(r.header("Content-Disposition").contains(".csv"));
    String csv = new String(r.asByteArray(), StandardCharsets.UTF_8);
    assertTrue(
        csv.startsWith(
            "\uFEFFnombre,descripción,precio,categoria,sku,stock,imagen_url,peso,dimensiones\r\n"),
        csv);
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""), csv);
    assertTrue(csv.contains("\"'@SUM(1+1), with \"\"quotes\"\"\nand a line\""), csv);
    assertTrue(csv.contains(",99.99,electronics,EVIL1,3,,1200,30x20x10.5\r\n"), csv);
    assertTrue(csv.contains("Lámpara,,5.00,'-hogar,PLAIN1,0,,,\r\n"), csv);
    // The export's read-only transaction does not leave its pooled connection read-only.
    for (int i = 0; i < 6; i++) {
      as(seller.token()).queryParam("format", "csv").get("/api/v1/products/export/" + storeId);
      created(seller.token(), product(storeId, "After export " + i, 1, 1));
    }
    assertEquals(
        3, csv.split("\r\n").length); // the header and two rows (one with a quoted line break)
  }

  @Test
  void xlsxHasStringCellsThatAreNeutralisedAndNumbers() throws Exception {
    fill();
    Response r = as(seller.token()).get("/api/v1/products/export/" + storeId);
    r.then()
        .statusCode(200)
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("nombre", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("dimensiones", sheet.getRow(0).getCell(8).getStringCellValue());
      Row evil = sheet.getRow(1);
      assertEquals(CellType.STRING, evil.getCell(0).getCellType());
      assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", evil.getCell(0).getStringCellValue());
      assertEquals(99.99, evil.getCell(2).getNumericCellValue());
      assertEquals(3.0, evil.getCell(5).getNumericCellValue());
      assertEquals("'-hogar", sheet.getRow(2).getCell(3).getStringCellValue());
      assertEquals(2, sheet.getLastRowNum());
    }
  }

  @Test
  void onlyTheOwnerExports() {
    as(TestCatalog.seller().token())
        .get("/api/v1/products/export/" + storeId)
        .then()
        .statusCode(404);
    as(TestTokens.forRoles("buyer"))
        .get("/api/v1/products/export/" + storeId)
        .then()
        .statusCode(403);
    as(null).get("/api/v1/products/export/" + storeId).then().statusCode(401);
    as(seller.token()).get("/api/v1/products/export/" + UUID.randomUUID()).then().statusCode(404);
    as(seller.token())
        .queryParam("format", "pdf")
        .get("/api/v1/products/export/" + storeId)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
