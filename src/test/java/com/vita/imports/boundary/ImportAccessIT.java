package com.vita.imports.boundary;

import static com.vita.imports.TestImports.finished;
import static com.vita.imports.TestImports.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.imports.TestImports;
import com.vita.imports.TestImports.Seller;
import com.vita.imports.TestSheets;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may do what with imports: only a store's owner imports into it and sees the job (404 for
 * anyone else, errors file included), buyers get 403, no token 401; admins see and operate every
 * job. Also the template and the bulk-import address.
 */
class ImportAccessIT {

  @TempDir static Path dir;
  static Seller owner;
  static Seller other;
  static String jobId;

  @BeforeAll
  static void aFinishedImport() throws Exception {
    owner = TestImports.seller(VitaTestServer.api());
    other = TestImports.seller(VitaTestServer.api());
    Path file = TestSheets.xlsx(dir.resolve("p.xlsx"), TestSheets.products("ACC" + suffix(), 3));
    jobId =
        given(VitaTestServer.api())
            .auth()
            .oauth2(owner.token())
            .multiPart("file", file.toFile())
            .queryParam("storeId", owner.storeId())
            .post("/api/v1/products/bulk-import")
            .then()
            .statusCode(202)
            .extract()
            .path("jobId");
    finished(VitaTestServer.api(), owner.token(), jobId);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  @Test
  void anotherSellersJobAndErrorsFileAreNotFound() {
    String token = other.token();
    given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .get("/api/v1/import/status/" + jobId)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .get("/api/v1/import/status/" + jobId + "/errors.xlsx")
        .then()
        .statusCode(404);
    given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .get("/api/v1/import/status/" + UUID.randomUUID())
        .then()
        .statusCode(404);
    given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .get("/api/v1/import/status/not-an-id")
        .then()
        .statusCode(404);
  }

  @Test
  void importingIntoAnotherSellersStoreIsNotFoundAndWritesNothing() {
    Path file = TestSheets.xlsx(dir.resolve("q.xlsx"), TestSheets.products("OTH" + suffix(), 2));
    upload(VitaTestServer.api(), other.token(), owner.storeId(), file, "").then().statusCode(404);
    upload(VitaTestServer.api(), other.token(), UUID.randomUUID().toString(), file, "")
        .then()
        .statusCode(404);
  }

  @Test
  void buyersAreForbiddenAndAnonymousCallersUnauthorized() {
    Path file = TestSheets.xlsx(dir.resolve("b.xlsx"), TestSheets.products("BUY" + suffix(), 1));
    upload(VitaTestServer.api(), TestTokens.forRoles("buyer"), owner.storeId(), file, "")
        .then()
        .statusCode(403);
    given(VitaTestServer.api())
        .multiPart("file", file.toFile())
        .multiPart("storeId", owner.storeId())
        .post("/api/v1/import/products/excel")
        .then()
        .statusCode(401);
    given(VitaTestServer.api()).get("/api/v1/import/status/" + jobId).then().statusCode(401);
    given(VitaTestServer.api())
        .auth()
        .oauth2(owner.token())
        .get("/api/v1/import/jobs")
        .then()
        .statusCode(403);
  }

  @Test
  void anUploadWithoutFileOrStoreIsABadRequest() {
    given(VitaTestServer.api())
        .auth()
        .oauth2(owner.token())
        .multiPart("storeId", owner.storeId())
        .post("/api/v1/import/products/excel")
        .then()
        .statusCode(400);
    Path file = TestSheets.xlsx(dir.resolve("n.xlsx"), TestSheets.products("NOS" + suffix(), 1));
    given(VitaTestServer.api())
        .auth()
        .oauth2(owner.token())
        .multiPart("file", file.toFile())
        .post("/api/v1/import/products/excel")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("storeId"));
  }

  @Test
  void adminsSeeListAndOperateEveryJob() {
    String admin = TestTokens.forRoles("admin");
    given(VitaTestServer.api())
        .auth()
        .oauth2(admin)
        .get("/api/v1/import/status/" + jobId)
        .then()
        .statusCode(200)
        .body("rowsCreated", equalTo(3))
        .body("state", equalTo("completed"));
    given(VitaTestServer.api())
        .auth()
        .oauth2(admin)
        .get("/api/v1/import/jobs?limit=500")
        .then()
        .statusCode(200)
        .body("jobId", hasItem(jobId));
    given(VitaTestServer.api())
        .auth()
        .oauth2(admin)
        .post("/api/v1/import/jobs/" + jobId + "/stop")
        .then()
        .statusCode(409);
    given(VitaTestServer.api())
        .auth()
        .oauth2(admin)
        .post("/api/v1/import/jobs/" + jobId + "/restart")
        .then()
        .statusCode(409);
    given(VitaTestServer.api())
        .auth()
        .oauth2(admin)
        .post("/api/v1/import/jobs/" + UUID.randomUUID() + "/restart")
        .then()
        .statusCode(404);
    given(VitaTestServer.api())
        .auth()
        .oauth2(owner.token())
        .post("/api/v1/import/jobs/" + jobId + "/restart")
        .then()
        .statusCode(403);
  }

  @Test
  void theTemplateHasTheSeedsColumnsAnExampleValidationAndNotes() throws Exception {
    byte[] template =
        given(VitaTestServer.api())
            .auth()
            .oauth2(owner.token())
            .get("/api/v1/import/template")
            .then()
            .statusCode(200)
            .contentType(ImportsResource.XLSX)
            .extract()
            .asByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      DataFormatter cells = new DataFormatter();
      for (int c = 0; c < TestSheets.HEADER.size(); c++) {
        assertEquals(TestSheets.HEADER.get(c), cells.formatCellValue(sheet.getRow(0).getCell(c)));
      }
      assertEquals("CAM001", cells.formatCellValue(sheet.getRow(1).getCell(4)));
      assertEquals(3, sheet.getDataValidations().size());
      assertTrue(workbook.getSheet("notas").getLastRowNum() > 3);
    }
  }
}
