package com.vita.auth.boundary;

import static io.restassured.RestAssured.given;

import com.vita.testing.TestAccounts;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every protected identity endpoint for every kind of caller: anonymous, buyer, seller, admin.
 * Tokens are minted here for real accounts, so each role is exactly what the token claims.
 */
class SecurityMatrixIT {

  @ParameterizedTest(name = "{0} {1} as {2} → {3}")
  @CsvSource({
    "GET,    /api/v1/auth/profile, anonymous, 401",
    "GET,    /api/v1/auth/profile, buyer,     200",
    "GET,    /api/v1/auth/profile, seller,    200",
    "GET,    /api/v1/auth/profile, admin,     200",
    "PUT,    /api/v1/auth/profile, anonymous, 401",
    "PUT,    /api/v1/auth/profile, buyer,     200",
    "PUT,    /api/v1/auth/profile, seller,    200",
    "PUT,    /api/v1/auth/profile, admin,     200",
    "POST,   /api/v1/auth/seller,  anonymous, 401",
    "POST,   /api/v1/auth/seller,  buyer,     200",
    "POST,   /api/v1/auth/seller,  admin,     200",
    "POST,   /api/v1/auth/logout,  anonymous, 401",
    "POST,   /api/v1/auth/logout,  buyer,     204",
    "POST,   /api/v1/auth/logout,  seller,    204",
    "PUT,    /api/v1/admin/accounts/{other}/roles, anonymous, 401",
    "PUT,    /api/v1/admin/accounts/{other}/roles, buyer,     403",
    "PUT,    /api/v1/admin/accounts/{other}/roles, seller,    403",
    "PUT,    /api/v1/admin/accounts/{other}/roles, admin,     200",
    "GET,    /api/v1/shipping/methods/CL, anonymous, 200",
    "GET,    /api/v1/shipping/methods/CL, buyer,     200"
  })
  void callersGetWhatTheirRoleAllows(String method, String path, String role, int status) {
    RequestSpecification request = given(VitaTestServer.api()).contentType("application/json");
    if (!role.equals("anonymous")) {
      UUID caller = UUID.fromString(TestAccounts.register().userId());
      request
          .auth()
          .oauth2(
              TestTokens.signed(
                  TestTokens.trustedKey(), TestTokens.claims(caller, List.of(role)).build()));
    }
    Map<String, Object> body =
        path.endsWith("/roles") ? Map.of("roles", List.of("seller")) : Map.of("name", "Matrix");
    if (!method.equals("GET")) {
      request.body(body);
    }
    String target =
        path.contains("{other}") ? path.replace("{other}", TestAccounts.register().userId()) : path;
    request.request(method, target).then().statusCode(status);
  }
}
