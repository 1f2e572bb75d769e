package com.vita.platform.http;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;

/** A request body over the configured limit. */
public class RequestTooLargeException extends ProblemException {

  public RequestTooLargeException(long limitBytes) {
    super(ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds " + limitBytes + " bytes");
  }
}
