package com.vita.kyb.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;

/** Business verifications opened through the shared server's API, for the KYB tests. */
final class TestBusinesses {

  /** The smallest file storage accepts as a PDF. */
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);

  private TestBusinesses() {}

  /** A Chilean business of the caller's: submitted with a PDF, or a draft without documents. */
  static String apply(String token, String legalName, boolean withDocument) {
    return apply(token, legalName, KybIT.rut(), withDocument);
  }

  /** A draft (no documents) for the given tax id. */
  static String draft(String token, String taxId) {
    return apply(token, "Borrador Andes SpA", taxId, false);
  }

  private static String apply(String token, String legalName, String taxId, boolean withDocument) {
    RequestSpecification form =
        given(VitaTestServer.api())
            .auth()
            .oauth2(token)
            .multiPart("legalName", legalName)
            .multiPart("country", "CL")
            .multiPart("taxId", taxId)
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
