package com.vita.kyc.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.providers.ProviderCalls;
import com.vita.platform.providers.ProviderTimedOut;
import com.vita.platform.providers.ProviderUnavailable;
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
    ProviderUnavailable slow =
        ProviderCalls.unreachable(
            "didit", new ProcessingException(new SocketTimeoutException("Read timed out")));
    assertInstanceOf(ProviderTimedOut.class, slow);

    ProviderUnavailable down =
        ProviderCalls.unreachable(
            "didit", new ProcessingException(new ConnectException("refused")));
    assertFalse(down instanceof ProviderTimedOut);
  }

  @Test
  void timeoutsAreNotRetriedButOtherOutagesAre() throws NoSuchMethodException {
    Retry retry =
        DiditGateway.class.getMethod("createSession", UUID.class).getAnnotation(Retry.class);
    assertTrue(Arrays.asList(retry.abortOn()).contains(ProviderTimedOut.class));
    assertTrue(Arrays.asList(retry.retryOn()).contains(ProviderUnavailable.class));
  }
}
