package com.vita.kyb.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What KYB keeps stays consistent: one open case per tax id, also when several arrive at once (a
 * rejection frees the tax id), and no stored file that no case points to.
 */
class KybConsistencyIT {

  private final String admin = TestTokens.forRoles("buyer", "admin");

  @Test
  void ofSimultaneousApplicationsForOneTaxIdOneWinsAndTheOthersLeaveNothing() throws Exception {
    String taxId = KybIT.rut();
    List<TestAccounts.Registered> applicants = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      applicants.add(TestAccounts.register());
    }
    long documentsBefore = documentRows();

    ExecutorService pool = Executors.newFixedThreadPool(applicants.size());
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Callable<Response>> calls = new ArrayList<>();
      for (TestAccounts.Registered applicant : applicants) {
        calls.add(() -> apply(applicant.token(), taxId));
      }
      for (Future<Response> answer : pool.invokeAll(calls)) {
        statuses.add(answer.get().statusCode());
      }
    } finally {
      pool.shutdown();
    }

    assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
    assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    assertEquals(1, businessesWith(taxId), "one case for the tax id");
    assertEquals(documentsBefore + 1, documentRows(), "only the winner's document is recorded");
  }

  @Test
  void aRejectedCaseNoLongerHoldsItsTaxId() throws Exception {
    String taxId = KybIT.rut();
    Response first = apply(TestAccounts.register().token(), taxId);
    assertEquals(201, first.statusCode());
    String id = first.path("businessId");
    KybIT.review(admin, id, "start_review", null).then().statusCode(200);

    TestAccounts.Registered realOwner = TestAccounts.register();
    apply(realOwner.token(), taxId).then().statusCode(409).contentType("application/problem+json");

    KybIT.review(admin, id, "reject", "La escritura no corresponde al solicitante")
        .then()
        .statusCode(200);
    apply(realOwner.token(), taxId).then().statusCode(201);
    assertEquals(2, businessesWith(taxId));
  }

  @Test
  void aRefusedSubmissionLeavesNoFileInStorage() throws Exception {
    long before = storedFiles();
    byte[] exe = "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1);
    given(VitaTestServer.api())
        .auth()
        .oauth2(TestAccounts.register().token())
        .multiPart("legalName", "Comercial Andes SpA")
        .multiPart("country", "CL")
        .multiPart("taxId", KybIT.rut())
        .multiPart("legalRepresentative", "Ana Rojas")
        .multiPart("economicActivity", "Venta al por menor")
        .multiPart("documents", "escritura.pdf", TestBusinesses.PDF, "application/pdf")
        .multiPart("documents", "anexo.pdf", exe, "application/pdf")
        .post("/api/v1/kyb/initiate")
        .then()
        .statusCode(415);
    // The first document was stored before the second was refused; the rollback removed it.
    assertEquals(before, storedFiles());
  }

  /** Documents on the shared server's local storage (the suite runs one test at a time). */
  private static long storedFiles() throws IOException {
    Path root = VitaTestServer.dataDir().resolve("storage");
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static Response apply(String token, String taxId) {
    return given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .multiPart("legalName", "Comercial Andes SpA")
        .multiPart("country", "CL")
        .multiPart("taxId", taxId)
        .multiPart("legalRepresentative", "Ana Rojas")
        .multiPart("economicActivity", "Venta al por menor")
        .multiPart("documents", "escritura.pdf", TestBusinesses.PDF, "application/pdf")
        .post("/api/v1/kyb/initiate");
  }

  private static long businessesWith(String formattedRut) throws Exception {
    String normalised = formattedRut.replace(".", "").replace("-", "");
    List<Map<String, Object>> rows =
        TestDatabase.rows(
            "select count(*) as n from business where country = 'CL' and tax_id = ?", normalised);
    return ((Number) rows.get(0).get("n")).longValue();
  }

  private static long documentRows() throws Exception {
    return ((Number)
            TestDatabase.rows("select count(*) as n from business_document").get(0).get("n"))
        .longValue();
  }
}
