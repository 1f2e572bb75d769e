package com.vita.kyc.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.junit.jupiter.api.Test;

class DiditGatewayTest {

  @Test
  void aReadTimeoutIsATimeoutAndARefusedConnectionIsNot() {
    DiditUnavailable slow =
        DiditGateway.unreachable(
            new ProcessingException(new SocketTimeoutException("Read timed out")));
    assertInstanceOf(DiditTimedOut.class, slow);

    DiditUnavailable down =
        DiditGateway.unreachable(new ProcessingException(new ConnectException("refused")));
    assertFalse(down instanceof DiditTimedOut);
  }

  @Test
  void timeoutsAreNotRetriedButOtherOutagesAre() throws NoSuchMethodException {
    Retry retry =
        DiditGateway.class.getMethod("createSession", UUID.class).getAnnotation(Retry.class);
    assertTrue(Arrays.asList(retry.abortOn()).contains(DiditTimedOut.class));
    assertTrue(Arrays.asList(retry.retryOn()).contains(DiditUnavailable.class));
  }
}
