package com.vita.kyb.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
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
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What KYB keeps stays consistent, also when requests arrive at once: an owner holds one open case
 * per tax id, of the cases different accounts hand in for one tax id only one can be approved, and
 * no stored file is left that no case points to.
 *
 * <p>Before the hardening issue (finding 6) the first application for a tax id took it: racing
 * applications from six accounts gave one 201 and five 409. That 409 told anyone which tax ids were
 * registered, and let a squatter's draft block the real business, so applications from different
 * accounts are no longer refused (all six are 201, and an admin sees the competing claims); the
 * race that stays is the one that matters: six racing approvals of those cases, one wins.
 */
class KybConsistencyIT {

  private final String admin = TestTokens.forRoles("buyer", "admin");

  @Test
  void ofOneOwnersSimultaneousApplicationsForOneTaxIdOneWinsAndTheOthersLeaveNothing()
      throws Exception {
    String taxId = KybIT.rut();
    TestAccounts.Registered owner = TestAccounts.register();
    long documentsBefore = documentRows();

    List<Integer> statuses = atOnce(6, i -> apply(owner.token(), taxId).statusCode());

    assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
    assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    assertEquals(1, businessesWith(taxId), "one case for the tax id");
    assertEquals(documentsBefore + 1, documentRows(), "only the winner's document is recorded");
  }

  @Test
  void ofCompetingClaimsForOneTaxIdEveryoneIsHeardAndOneIsApproved() throws Exception {
    String taxId = KybIT.rut();
    List<TestAccounts.Registered> applicants = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      applicants.add(TestAccounts.register());
    }
    long documentsBefore = documentRows();

    List<Response> answers = atOnce(6, i -> apply(applicants.get(i).token(), taxId));

    assertEquals(
        List.of(201, 201, 201, 201, 201, 201),
        answers.stream().map(Response::statusCode).toList(),
        "no application says whether the tax id is known");
    assertEquals(6, businessesWith(taxId));
    assertEquals(documentsBefore + 6, documentRows(), "each application's own document");
    List<String> ids = answers.stream().map(a -> a.<String>path("businessId")).toList();
    for (int i = 0; i < ids.size(); i++) {
      KybIT.review(admin, ids.get(i), "start_review", null).then().statusCode(200);
      KybIT.approveKyc(applicants.get(i));
    }

    List<Integer> approvals =
        atOnce(6, i -> KybIT.review(admin, ids.get(i), "approve", "Todo en orden").statusCode());

    assertEquals(1, approvals.stream().filter(s -> s == 200).count(), approvals.toString());
    assertEquals(5, approvals.stream().filter(s -> s == 409).count(), approvals.toString());
    assertEquals(1, businessesWith(taxId, "approved"), "one approved case for the tax id");
  }

  @Test
  void aSquattersDraftBlocksNobodyAndAnAdminClosesIt() throws Exception {
    String taxId = KybIT.rut();
    TestAccounts.Registered squatter = TestAccounts.register();
    String draft = TestBusinesses.draft(squatter.token(), taxId);

    TestAccounts.Registered realOwner = TestAccounts.register();
    Response applied = apply(realOwner.token(), taxId);
    applied.then().statusCode(201);
    String real = applied.path("businessId");

    // The owner learns nothing of other claims; an admin sees them, drafts aside.
    TestBusinesses.status(realOwner.token(), real)
        .then()
        .statusCode(200)
        .body("$", not(hasKey("competingClaims")));
    TestBusinesses.status(admin, real).then().statusCode(200).body("competingClaims", empty());
    String rival = apply(TestAccounts.register().token(), taxId).path("businessId");
    TestBusinesses.status(admin, real)
        .then()
        .body("competingClaims.businessId", contains(rival))
        .body("competingClaims.status", contains("submitted"));

    KybIT.review(admin, draft, "reject", " ").then().statusCode(400);
    KybIT.review(admin, draft, "reject", "Sin relación con el negocio")
        .then()
        .statusCode(200)
        .body("status", equalTo("rejected"));
    KybIT.review(admin, rival, "reject", "Solicitud duplicada")
        .then()
        .statusCode(200)
        .body("status", equalTo("rejected"));
    KybIT.review(admin, rival, "reject", "otra vez").then().statusCode(409);

    KybIT.review(admin, real, "start_review", null).then().statusCode(200);
    KybIT.approveKyc(realOwner);
    KybIT.review(admin, real, "approve", "Todo en orden").then().statusCode(200);

    // Applying for an approved tax id still says nothing; approving the claim is refused.
    TestAccounts.Registered late = TestAccounts.register();
    Response lateAnswer = apply(late.token(), taxId);
    lateAnswer.then().statusCode(201);
    String lateId = lateAnswer.path("businessId");
    KybIT.review(admin, lateId, "start_review", null).then().statusCode(200);
    KybIT.approveKyc(late);
    KybIT.review(admin, lateId, "approve", null)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("Another business with this tax identifier is already approved"));
    assertEquals(1, businessesWith(taxId, "approved"));
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

  /** The same call n times at once, its answers in the order of the calls. */
  private static <T> List<T> atOnce(int n, IntFunction<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Callable<T>> calls = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        calls.add(() -> call.apply(index));
      }
      List<T> answers = new ArrayList<>();
      for (Future<T> answer : pool.invokeAll(calls)) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      pool.shutdown();
    }
  }

  private static long businessesWith(String formattedRut) throws Exception {
    return businessesWith(formattedRut, null);
  }

  private static long businessesWith(String formattedRut, String status) throws Exception {
    String normalised = formattedRut.replace(".", "").replace("-", "");
    String sql = "select count(*) as n from business where country = 'CL' and tax_id = ?";
    List<Map<String, Object>> rows =
        status == null
            ? TestDatabase.rows(sql, normalised)
            : TestDatabase.rows(sql + " and status = ?", normalised, status);
    return ((Number) rows.get(0).get("n")).longValue();
  }

  private static long documentRows() throws Exception {
    return ((Number)
            TestDatabase.rows("select count(*) as n from business_document").get(0).get("n"))
        .longValue();
  }
}
