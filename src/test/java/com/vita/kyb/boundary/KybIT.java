package com.vita.kyb.boundary;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.FakeDidit;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestMailbox;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Business verification on the shared server: submission, review, documents, access. */
class KybIT {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);

  private final String admin = TestTokens.forRoles("buyer", "admin");

  @Test
  void aBusinessGoesFromSubmissionToApprovalOnceItsRepresentativePassedKyc() throws Exception {
    TestAccounts.Registered owner = TestAccounts.register();
    String id =
        submit(owner.token(), rut(), "deed.pdf", PDF)
            .then()
            .statusCode(201)
            .body("status", equalTo("submitted"))
            .extract()
            .path("businessId");

    review(admin, id, "start_review", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("in_review"));
    review(admin, id, "request_more_info", "Falta el poder del representante")
        .then()
        .statusCode(200)
        .body("status", equalTo("more_info_requested"));
    given(VitaTestServer.api())
        .auth()
        .oauth2(owner.token())
        .multiPart("documents", "poder.pdf", PDF, "application/pdf")
        .post("/api/v1/kyb/" + id + "/documents")
        .then()
        .statusCode(200)
        .body("status", equalTo("submitted"));
    review(admin, id, "start_review", null).then().statusCode(200);

    review(admin, id, "approve", null)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("The legal representative has not passed KYC"));

    approveKyc(owner);
    review(admin, id, "approve", "Todo en orden")
        .then()
        .statusCode(200)
        .body("status", equalTo("approved"));

    JsonPath status =
        TestBusinesses.status(owner.token(), id)
            .then()
            .statusCode(200)
            .body("status", equalTo("approved"))
            .extract()
            .jsonPath();
    assertEquals(
        List.of(
            "submitted", "in_review", "more_info_requested", "submitted", "in_review", "approved"),
        status.getList("history.to"));
    assertEquals(
        List.of("draft", "submitted", "in_review", "more_info_requested", "submitted", "in_review"),
        status.getList("history.from"));
    assertEquals("Falta el poder del representante", status.getString("history[2].reasons"));
    assertFalse(status.getList("history.at").contains(null));

    assertEquals(
        "approved",
        TestTokens.claimsOf(TestAccounts.refreshedToken(VitaTestServer.api(), owner))
            .getString("kyb"));
    MimeMessage mail = awaitMail(owner.email(), "Verificación de negocio en VITA: approved");
    assertTrue(mail.getContent().toString().contains("verificado"));
    assertEquals(
        6,
        TestDatabase.rows(
                "select 1 from audit_event where subject = ? and action in"
                    + " ('kyb.submitted', 'kyb.status.change')",
                id)
            .size(),
        "every step audited");

    JsonPath documents =
        TestBusinesses.documents(owner.token(), id).then().statusCode(200).extract().jsonPath();
    assertEquals(List.of("deed.pdf", "poder.pdf"), documents.getList("documents.originalName"));
    assertEquals("application/pdf", documents.getString("documents[0].mediaType"));
    String url = documents.getString("documents[0].downloadUrl");
    assertTrue(url.startsWith("/api/v1/kyb/documents/" + id + "/"), url);
    byte[] downloaded =
        given(VitaTestServer.api())
            .auth()
            .oauth2(owner.token())
            .get(url)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header(
                "Content-Disposition",
                "attachment; filename=\"deed.pdf\"; filename*=UTF-8''deed.pdf")
            .extract()
            .asByteArray();
    assertArrayEquals(PDF, downloaded);
  }

  @Test
  void onlyTheOwnerAndAdminsSeeABusiness() {
    TestAccounts.Registered owner = TestAccounts.register();
    TestAccounts.Registered other = TestAccounts.register();
    String id =
        submit(owner.token(), rut(), "deed.pdf", PDF)
            .then()
            .statusCode(201)
            .extract()
            .path("businessId");
    String url =
        TestBusinesses.documents(admin, id)
            .then()
            .statusCode(200)
            .extract()
            .path("documents[0].downloadUrl");

    for (String path : List.of("/api/v1/kyb/status/" + id, "/api/v1/kyb/documents/" + id, url)) {
      given(VitaTestServer.api()).auth().oauth2(other.token()).get(path).then().statusCode(404);
      given(VitaTestServer.api()).get(path).then().statusCode(401);
      given(VitaTestServer.api()).auth().oauth2(admin).get(path).then().statusCode(200);
    }
    given(VitaTestServer.api())
        .auth()
        .oauth2(other.token())
        .multiPart("documents", "more.pdf", PDF, "application/pdf")
        .post("/api/v1/kyb/" + id + "/documents")
        .then()
        .statusCode(404);
    review(owner.token(), id, "start_review", null).then().statusCode(403);
    review(other.token(), id, "approve", null).then().statusCode(403);
  }

  @Test
  void documentsAreCheckedByContentAndSize() {
    TestAccounts.Registered owner = TestAccounts.register();
    byte[] exe =
        ("MZ\u0090\u0000 this program cannot be run in DOS mode")
            .getBytes(StandardCharsets.ISO_8859_1);
    submit(owner.token(), rut(), "invoice.pdf", exe)
        .then()
        .statusCode(415)
        .contentType("application/problem+json");

    byte[] large = Arrays.copyOf(PDF, 11 * 1024 * 1024);
    submit(owner.token(), rut(), "large.pdf", large)
        .then()
        .statusCode(413)
        .contentType("application/problem+json");

    String taxId = rut();
    submit(owner.token(), taxId, "../../etc/passwd.pdf", PDF)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    // Nothing was kept: the same business goes through with a plain name.
    submit(owner.token(), taxId, "escritura.pdf", PDF).then().statusCode(201);
  }

  @Test
  void invalidRequestsAndIllegalMovesAreRefused() throws Exception {
    TestAccounts.Registered owner = TestAccounts.register();
    submit(owner.token(), "76.086.428-4", "deed.pdf", PDF)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("taxId"));
    given(VitaTestServer.api())
        .auth()
        .oauth2(owner.token())
        .multiPart("country", "CL")
        .multiPart("taxId", rut())
        .multiPart("documents", "deed.pdf", PDF, "application/pdf")
        .post("/api/v1/kyb/initiate")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("legalName"));

    String taxId = rut();
    String id =
        submit(owner.token(), taxId, "deed.pdf", PDF)
            .then()
            .statusCode(201)
            .extract()
            .path("businessId");
    submit(owner.token(), taxId.replace(".", ""), "deed.pdf", PDF).then().statusCode(409);

    review(admin, id, "approve", null)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    review(admin, id, "start_review", null).then().statusCode(200);
    review(admin, id, "reject", " ")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reasons"));
    review(admin, id, "promote", null).then().statusCode(400);
    given(VitaTestServer.api())
        .auth()
        .oauth2(owner.token())
        .multiPart("documents", "more.pdf", PDF, "application/pdf")
        .post("/api/v1/kyb/" + id + "/documents")
        .then()
        .statusCode(409);
    review(admin, id, "reject", "Actividad no permitida")
        .then()
        .statusCode(200)
        .body("status", equalTo("rejected"));
    assertEquals(
        "rejected",
        TestTokens.claimsOf(TestAccounts.refreshedToken(VitaTestServer.api(), owner))
            .getString("kyb"));
    awaitMail(owner.email(), "Verificación de negocio en VITA: rejected");
  }

  @Test
  void anOwnerWithAnApprovedBusinessStaysApprovedWhileAnotherIsReviewed() throws Exception {
    TestAccounts.Registered owner = TestAccounts.register();
    approveKyc(owner);
    String approved =
        submit(owner.token(), rut(), "deed.pdf", PDF)
            .then()
            .statusCode(201)
            .extract()
            .path("businessId");
    review(admin, approved, "start_review", null).then().statusCode(200);
    review(admin, approved, "approve", null).then().statusCode(200);
    assertEquals("approved", TestTokens.claimsOf(kybNow(owner)).getString("kyb"));

    String second =
        submit(owner.token(), rut(), "deed.pdf", PDF)
            .then()
            .statusCode(201)
            .body("status", equalTo("submitted"))
            .extract()
            .path("businessId");
    assertEquals(
        "approved", TestTokens.claimsOf(kybNow(owner)).getString("kyb"), "after a submission");
    review(admin, second, "start_review", null).then().statusCode(200);
    review(admin, second, "reject", "Actividad no permitida")
        .then()
        .statusCode(200)
        .body("status", equalTo("rejected"));
    assertEquals(
        "approved", TestTokens.claimsOf(kybNow(owner)).getString("kyb"), "after a rejection");
    TestAccounts.profile(owner.token()).then().body("kyb", equalTo("approved"));
    // The second case itself still tells its own story.
    TestBusinesses.status(owner.token(), second).then().body("status", equalTo("rejected"));
  }

  @Test
  void aNameThatIsNotAsciiSurvivesUploadAndDownloadInAnAsciiOnlyHeader() throws Exception {
    TestAccounts.Registered owner = TestAccounts.register();
    // Sent as browsers send it: the part's file name as raw UTF-8 bytes (RFC 7578).
    HttpResponse<String> submitted = browserUpload(owner.token(), rut(), "constitución.pdf", PDF);
    assertEquals(201, submitted.statusCode(), submitted.body());
    String id = JsonPath.from(submitted.body()).getString("businessId");
    JsonPath documents =
        TestBusinesses.documents(owner.token(), id)
            .then()
            .statusCode(200)
            .body("documents[0].originalName", equalTo("constitución.pdf"))
            .extract()
            .jsonPath();
    Response download =
        given(VitaTestServer.api())
            .auth()
            .oauth2(owner.token())
            .get(documents.getString("documents[0].downloadUrl"));
    download.then().statusCode(200);
    String disposition = download.header("Content-Disposition");
    assertEquals(
        "attachment; filename=\"constitucion.pdf\"; filename*=UTF-8''constituci%C3%B3n.pdf",
        disposition);
    assertTrue(disposition.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "ASCII only");
    assertEquals(
        "constitución.pdf",
        URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), UTF_8));
  }

  @Test
  void severalDocumentsFitTheMultipartLimitButNotTooMany() throws Exception {
    TestAccounts.Registered owner = TestAccounts.register();
    byte[] fourMegabytes = Arrays.copyOf(PDF, 4 * 1024 * 1024);
    String id =
        form(owner.token())
            .multiPart("taxId", rut())
            .multiPart("documents", "escritura.pdf", fourMegabytes, "application/pdf")
            .multiPart("documents", "poder.pdf", fourMegabytes, "application/pdf")
            .multiPart("documents", "rut.pdf", fourMegabytes, "application/pdf")
            .post("/api/v1/kyb/initiate")
            .then()
            .statusCode(201)
            .extract()
            .path("businessId");
    JsonPath documents =
        TestBusinesses.documents(owner.token(), id).then().statusCode(200).extract().jsonPath();
    assertEquals(
        List.of("escritura.pdf", "poder.pdf", "rut.pdf"),
        documents.getList("documents.originalName"));
    assertEquals(List.of(4194304, 4194304, 4194304), documents.getList("documents.size"));

    String taxId = rut();
    RequestSpecification eleven = form(owner.token()).multiPart("taxId", taxId);
    for (int i = 1; i <= 11; i++) {
      eleven.multiPart("documents", "anexo-" + i + ".pdf", PDF, "application/pdf");
    }
    eleven
        .post("/api/v1/kyb/initiate")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("documents"));
    // Nothing of the refused request was kept: the same business can still be submitted.
    submit(owner.token(), taxId, "deed.pdf", PDF).then().statusCode(201);
  }

  @Test
  void onlyFormUploadsGetTheLargerLimit() throws Exception {
    TestAccounts.Registered owner = TestAccounts.register();
    byte[] elevenMegabytes = Arrays.copyOf(PDF, 11 * 1024 * 1024);
    given(VitaTestServer.api())
        .auth()
        .oauth2(owner.token())
        .contentType("application/octet-stream")
        .body(elevenMegabytes)
        .post("/api/v1/kyb/initiate")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("https://vita.dev/problems/payload-too-large"));

    // Six documents of 9 MB: each within the per-document limit, together past the 50 MB one.
    byte[] nineMegabytes = Arrays.copyOf(PDF, 9 * 1024 * 1024);
    String taxId = rut();
    RequestSpecification tooMuch = form(owner.token()).multiPart("taxId", taxId);
    for (int i = 1; i <= 6; i++) {
      tooMuch.multiPart("documents", "tomo-" + i + ".pdf", nineMegabytes, "application/pdf");
    }
    tooMuch
        .post("/api/v1/kyb/initiate")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("https://vita.dev/problems/payload-too-large"));

    // Sent chunked, with no length to refuse up front: cut off once it passes the limit.
    String boundary = "vita-chunked";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"documents\";"
                + " filename=\"endless.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(UTF_8);
    InputStream endless =
        new SequenceInputStream(
            new ByteArrayInputStream(head),
            new InputStream() {
              private long remaining = 55L * 1024 * 1024;

              @Override
              public int read() {
                return remaining-- > 0 ? 'a' : -1;
              }
            });
    HttpResponse<String> cutOff =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(VitaTestServer.baseUri() + "/api/v1/kyb/initiate"))
                    .header("Authorization", "Bearer " + owner.token())
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(413, cutOff.statusCode(), cutOff.body());
    assertTrue(cutOff.body().contains("payload-too-large"), cutOff.body());
    submit(owner.token(), taxId, "deed.pdf", PDF).then().statusCode(201);
  }

  /**
   * A submission as a browser's form sends it: the file name as raw UTF-8 in the part header (REST
   * Assured's multipart writes "?" for what ASCII cannot say).
   */
  private static HttpResponse<String> browserUpload(
      String token, String taxId, String fileName, byte[] content) throws Exception {
    String boundary = "----vita" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> fields =
        Map.of(
            "legalName", "Comercial Andes SpA",
            "country", "CL",
            "taxId", taxId,
            "legalRepresentative", "Ana Rojas",
            "economicActivity", "Venta al por menor");
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(UTF_8));
    }
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"documents\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(VitaTestServer.baseUri() + "/api/v1/kyb/initiate"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static Response submit(String token, String taxId, String fileName, byte[] content) {
    return form(token)
        .multiPart("taxId", taxId)
        .multiPart("documents", fileName, content, "application/pdf")
        .post("/api/v1/kyb/initiate");
  }

  private static RequestSpecification form(String token) {
    return given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .multiPart("legalName", "Comercial Andes SpA")
        .multiPart("country", "CL")
        .multiPart("legalRepresentative", "Ana Rojas")
        .multiPart("economicActivity", "Venta al por menor");
  }

  @Test
  void aNewBusinessLocationIgnoresTheHostHeader() {
    Response created =
        given(VitaTestServer.api())
            .header("Host", "evil.example")
            .auth()
            .oauth2(TestAccounts.register().token())
            .multiPart("legalName", "Comercial Andes SpA")
            .multiPart("country", "CL")
            .multiPart("taxId", rut())
            .multiPart("legalRepresentative", "Ana Rojas")
            .multiPart("economicActivity", "Venta al por menor")
            .post("/api/v1/kyb/initiate");
    created.then().statusCode(201);
    // From VITA_PUBLIC_BASE_URL, unset on the shared server: the local default.
    assertEquals(
        "http://localhost:8080/api/v1/kyb/status/" + created.path("businessId"),
        created.header("Location"));
  }

  static Response review(String token, String id, String decision, String reasons) {
    Map<String, String> body =
        reasons == null
            ? Map.of("decision", decision)
            : Map.of("decision", decision, "reasons", reasons);
    return given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(body)
        .put("/api/v1/kyb/review/" + id);
  }

  /** A valid, fresh Chilean RUT (mod 11 check digit), so tests never share a business. */
  static String rut() {
    int body = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    int sum = 0;
    int factor = 2;
    for (int n = body; n > 0; n /= 10) {
      sum += (n % 10) * factor;
      factor = factor == 7 ? 2 : factor + 1;
    }
    int dv = 11 - sum % 11;
    String check = dv == 11 ? "0" : dv == 10 ? "K" : Integer.toString(dv);
    String digits = Integer.toString(body);
    return digits.substring(0, 2)
        + "."
        + digits.substring(2, 5)
        + "."
        + digits.substring(5)
        + "-"
        + check;
  }

  /** The representative passes KYC as in KycIT: a session, then DIDIT's signed approval. */
  static void approveKyc(TestAccounts.Registered user) {
    String session =
        given(VitaTestServer.api())
            .auth()
            .oauth2(user.token())
            .post("/api/v1/kyc/initiate")
            .then()
            .statusCode(200)
            .extract()
            .path("sessionId");
    byte[] approval =
        ("{\"session_id\":\""
                + session
                + "\",\"status\":\"Approved\",\"webhook_type\":\"status.updated\","
                + "\"created_at\":"
                + Instant.now().getEpochSecond()
                + ",\"decision\":{\"id_verification\":{\"status\":\"Approved\","
                + "\"document_type\":\"Identity Card\",\"issuing_state\":\"CHL\"}}}")
            .getBytes(StandardCharsets.UTF_8);
    given(VitaTestServer.api())
        .contentType("application/json")
        .body(approval)
        .header("X-Signature", FakeDidit.sign(approval))
        .header("X-Timestamp", Long.toString(Instant.now().getEpochSecond()))
        .post("/api/v1/kyc/webhook/didit")
        .then()
        .statusCode(200)
        .body("result", equalTo("applied"));
  }

  /** The account's token as it is now: a new login, repeatable (refresh tokens work once). */
  private static String kybNow(TestAccounts.Registered user) {
    return TestAccounts.loggedInToken(VitaTestServer.api(), user);
  }

  private static MimeMessage awaitMail(String address, String subject) throws Exception {
    return TestMailbox.awaitMail(
        address, m -> subject.equals(m.getSubject()), Duration.ofSeconds(15));
  }
}
