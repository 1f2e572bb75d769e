package com.vita.platform.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

  private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

  @Test
  void aBugIsA500ThatRevealsNothing() {
    Response response =
        mapper.toResponse(new IllegalStateException("password=hunter2 at db.internal:5432"));
    Problem problem = (Problem) response.getEntity();
    assertEquals(500, response.getStatus());
    assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    assertEquals(ProblemType.INTERNAL.uri(), problem.type());
    assertFalse(problem.detail().contains("hunter2"), problem.detail());
    assertFalse(problem.detail().contains("IllegalStateException"), problem.detail());
  }

  @Test
  void aResponseThatCannotBeWrittenIsAServerBugNotABadRequest() {
    Response response =
        mapper.toResponse(new ProcessingException(new JsonbException("Unable to serialize")));
    assertEquals(500, response.getStatus());
  }

  @Test
  void aProblemWrappedByTheRuntimeKeepsItsStatus() {
    Response response =
        mapper.toResponse(new ProcessingException(new NotFoundProblem("no such store")));
    assertEquals(404, response.getStatus());
    assertEquals("no such store", ((Problem) response.getEntity()).detail());
  }
}
