package com.vita.kyc.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.kyc.entity.KycStatus;
import com.vita.kyc.entity.KycVerification;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.providers.ProviderUnavailable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mode switch and DIDIT's failures, with the database and DIDIT replaced by stand-ins. */
class KycInitiationTest {

  private final UUID account = UUID.randomUUID();
  private final List<String> opened = new ArrayList<>();
  private final List<UUID> diditCalls = new ArrayList<>();
  private String state = KycStatus.NOT_STARTED.value();
  private RuntimeException diditFailure;

  private KycInitiation initiation(Optional<String> apiKey) {
    KycInitiation initiation = new KycInitiation();
    initiation.mode = new KycMode();
    initiation.mode.apiKey = apiKey;
    initiation.didit =
        new DiditGateway() {
          @Override
          public DiditSession createSession(UUID accountId) {
            diditCalls.add(accountId);
            if (diditFailure != null) {
              throw diditFailure;
            }
            return new DiditSession("didit-1", "https://verify.didit.me/session/x", "Not Started");
          }
        };
    initiation.verifications =
        new KycVerifications() {
          @Override
          public KycState stateOf(UUID accountId) {
            return new KycState(accountId, state, Instant.EPOCH);
          }

          @Override
          public KycVerification open(UUID accountId, String provider, DiditSession session) {
            opened.add(provider + ":" + session.sessionId());
            return KycVerification.open(
                accountId, provider, session.sessionId(), session.providerStatus(), Instant.now());
          }
        };
    return initiation;
  }

  @Test
  void withoutAnApiKeyTheSessionIsALabelledLocalOneAndDiditIsNeverCalled() {
    KycInitiation.Started started = initiation(Optional.empty()).start(account);
    assertTrue(started.sandbox());
    assertTrue(started.sessionId().startsWith("sandbox-"), started.sessionId());
    assertEquals("/api/v1/kyc/sandbox/" + started.sessionId(), started.redirectUrl());
    assertEquals("pending", started.status());
    assertEquals(List.of("sandbox:" + started.sessionId()), opened);
    assertTrue(diditCalls.isEmpty());
  }

  @Test
  void withAnApiKeyDiditOpensTheSession() {
    KycInitiation.Started started = initiation(Optional.of("key")).start(account);
    assertEquals(
        new KycInitiation.Started("didit-1", "https://verify.didit.me/session/x", "pending", false),
        started);
    assertEquals(List.of(account), diditCalls);
    assertEquals(List.of("didit:didit-1"), opened);
  }

  @Test
  void aFailingDiditIsA503AndNothingIsStored() {
    diditFailure = new ProviderUnavailable("down", null);
    ProblemException problem =
        assertThrows(ProblemException.class, () -> initiation(Optional.of("key")).start(account));
    assertEquals(ProblemType.UNAVAILABLE, problem.type());
    assertEquals(Map.of("Retry-After", "30"), problem.headers(), "the breaker's delay");
    assertTrue(opened.isEmpty());
  }

  @Test
  void anApprovedAccountCannotStartAgain() {
    state = KycStatus.APPROVED.value();
    ProblemException problem =
        assertThrows(ProblemException.class, () -> initiation(Optional.of("key")).start(account));
    assertEquals(ProblemType.CONFLICT, problem.type());
    assertTrue(diditCalls.isEmpty());
  }
}
