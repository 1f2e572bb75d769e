package com.vita.kyc.boundary;

import static io.restassured.RestAssured.given;

import com.vita.testing.TestAccounts;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The KYC calls the tests make, on the shared server or on one of a test's own. */
final class KycCalls {

  private KycCalls() {}

  static Response initiate(RequestSpecification api, TestAccounts.Registered user) {
    return given(api).auth().oauth2(user.token()).post("/api/v1/kyc/initiate");
  }

  static Response status(RequestSpecification api, TestAccounts.Registered caller, String userId) {
    return given(api).auth().oauth2(caller.token()).get("/api/v1/kyc/status/" + userId);
  }

  static Response documents(
      RequestSpecification api, TestAccounts.Registered caller, String userId) {
    return given(api).auth().oauth2(caller.token()).get("/api/v1/kyc/documents/" + userId);
  }
}
