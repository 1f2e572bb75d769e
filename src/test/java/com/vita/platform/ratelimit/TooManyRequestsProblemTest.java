package com.vita.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.platform.problems.Problem;
import com.vita.platform.problems.ProblemExceptionMapper;
import com.vita.platform.problems.ProblemType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class TooManyRequestsProblemTest {

  @Test
  void rendersAs429WithRetryAfter() {
    Response response = new ProblemExceptionMapper().toResponse(new TooManyRequestsProblem(42));
    assertEquals(429, response.getStatus());
    assertEquals("42", response.getHeaderString("Retry-After"));
    assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    assertEquals(ProblemType.TOO_MANY_REQUESTS.uri(), ((Problem) response.getEntity()).type());
  }
}
