package com.vita.kyb.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.vita.testing.TestAccounts;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;

/**
 * Business verifications opened through the shared server's API, for the KYB tests and for the
 * components that need an approved business (stores).
 */
public final class TestBusinesses {

  /** The smallest file storage accepts as a PDF. */
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);

  private TestBusinesses() {}

  /** A Chilean business of the caller's: submitted with a PDF, or a draft without documents. */
  static String apply(String token, String legalName, boolean withDocument) {
    RequestSpecification form =
        given(VitaTestServer.api())
            .auth()
            .oauth2(token)
            .multiPart("legalName", legalName)
            .multiPart("country", "CL")
            .multiPart("taxId", KybIT.rut())
            .multiPart("legalRepresentative", "Ana Rojas")
            .multiPart("economicActivity", "Venta al por menor");
    if (withDocument) {
      form = form.multiPart("documents", "escritura.pdf", PDF, "application/pdf");
    }
    return form.post("/api/v1/kyb/initiate")
        .then()
        .statusCode(201)
        .body("status", equalTo(withDocument ? "submitted" : "draft"))
        .extract()
        .path("businessId");
  }

  /**
   * An approved business of the account's, in the country given ("CL" or "AE", whose tax ids are
   * easy to make up): submitted, the owner's KYC passed, reviewed and approved by an admin.
   *
   * @return the business id
   */
  public static String approved(TestAccounts.Registered owner, String country) {
    String taxId =
        "AE".equals(country)
            ? "100"
                + (100_000_000_000L
                    + java.util.concurrent.ThreadLocalRandom.current().nextLong(899_999_999_999L))
            : KybIT.rut();
    String id =
        given(VitaTestServer.api())
            .auth()
            .oauth2(owner.token())
            .multiPart("legalName", "Comercial " + country)
            .multiPart("country", country)
            .multiPart("taxId", taxId)
            .multiPart("legalRepresentative", "Ana Rojas")
            .multiPart("economicActivity", "Venta al por menor")
            .multiPart("documents", "escritura.pdf", PDF, "application/pdf")
            .post("/api/v1/kyb/initiate")
            .then()
            .statusCode(201)
            .extract()
            .path("businessId");
    KybIT.approveKyc(owner);
    String admin = TestTokens.forRoles("buyer", "admin");
    KybIT.review(admin, id, "start_review", null).then().statusCode(200);
    KybIT.review(admin, id, "approve", null).then().statusCode(200);
    return id;
  }

  /** {@code GET /api/v1/kyb/status/{id}} as the token's holder. */
  static Response status(String token, String businessId) {
    return given(VitaTestServer.api()).auth().oauth2(token).get("/api/v1/kyb/status/" + businessId);
  }

  /** {@code GET /api/v1/kyb/documents/{id}} as the token's holder. */
  static Response documents(String token, String businessId) {
    return given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .get("/api/v1/kyb/documents/" + businessId);
  }
}
