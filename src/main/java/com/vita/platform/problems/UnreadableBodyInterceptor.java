package com.vita.platform.problems;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Turns a request body that cannot be read as the resource's JSON into a 400 at the moment it is
 * read. Catching it here, and not by exception type in a mapper, keeps a failure to write a
 * response (the same JSON-B exception) what it is: a 500.
 */
@Provider
public class UnreadableBodyInterceptor implements ReaderInterceptor {

  static final String DETAIL = "The request body is not valid JSON for this resource";

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (JsonbException | JsonException | ProcessingException e) {
      ProblemException underneath = Problems.foundIn(e); // e.g. the body grew past its limit
      if (underneath != null) {
        throw underneath;
      }
      if (isJsonFailure(e)) {
        throw new ProblemException(ProblemType.MALFORMED_REQUEST, DETAIL);
      }
      throw e;
    }
  }

  private static boolean isJsonFailure(Throwable thrown) {
    for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }
}
