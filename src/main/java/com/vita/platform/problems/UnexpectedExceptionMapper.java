package com.vita.platform.problems;

import com.vita.platform.http.CurrentRequest;
import com.vita.platform.persistence.DatabaseUnavailable;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything no other mapper claims. Unreadable JSON and problems wrapped by the runtime keep their
 * 4xx; anything else is a bug: logged in full with the request id, answered with a 500 that reveals
 * nothing but that id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final System.Logger LOG =
      System.getLogger(UnexpectedExceptionMapper.class.getName());
  private static final long RETRY_AFTER_SECONDS = 5;

  @Override
  public Response toResponse(Throwable exception) {
    ProblemException wrapped = Problems.foundIn(exception);
    if (wrapped != null) {
      return ProblemResponses.response(wrapped);
    }
    if (DatabaseUnavailable.is(exception)) {
      // Not a bug and not the client's fault: the database is away; a retry soon may work.
      LOG.log(
          System.Logger.Level.WARNING,
          "Database unavailable serving request {0}: {1}",
          CurrentRequest.id(),
          exception.toString());
      return ProblemResponses.response(
          new UnavailableProblem(
              "The service cannot reach its database; try again shortly", RETRY_AFTER_SECONDS));
    }
    LOG.log(
        System.Logger.Level.ERROR,
        "Unexpected error serving request " + CurrentRequest.id(),
        exception);
    return ProblemResponses.response(
        ProblemType.INTERNAL,
        "An unexpected error occurred; quote the request id when reporting it");
  }
}
