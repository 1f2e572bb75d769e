package com.vita.auth.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.testing.TestAccounts;
import com.vita.testing.VitaTestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many registrations of one e-mail at once: exactly one account, the others a clean 409. */
class ConcurrentRegistrationIT {

  private static final int RACERS = 8;

  @Test
  void oneWinsAndTheRestConflict() throws Exception {
    String email = TestAccounts.freshEmail();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        Callable<Integer> register =
            () -> {
              start.await();
              return given(VitaTestServer.api())
                  .contentType("application/json")
                  .body(Map.of("email", email, "password", TestAccounts.PASSWORD, "name", "Racer"))
                  .post("/api/v1/auth/register")
                  .statusCode();
            };
        statuses.add(pool.submit(register));
      }
      start.countDown();
      List<Integer> results = new ArrayList<>();
      for (Future<Integer> status : statuses) {
        results.add(status.get());
      }
      assertEquals(1, results.stream().filter(s -> s == 201).count(), results.toString());
      assertEquals(RACERS - 1, results.stream().filter(s -> s == 409).count(), results.toString());
    } finally {
      pool.shutdown();
    }
  }
}
