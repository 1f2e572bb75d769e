package com.vita.kyb.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BusinessTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private final UUID owner = UUID.randomUUID();
  private final UUID admin = UUID.randomUUID();

  private Business draft() {
    return Business.draft(
        owner, "Comercial Andes SpA", TaxId.of("CL", "76.086.428-5"), "Ana Rojas", "Retail", NOW);
  }

  private Business inReview() {
    Business b = draft();
    b.submit(owner, NOW);
    b.startReview(admin, NOW);
    return b;
  }

  @Test
  void aDraftIsSubmittedThenReviewedThenApproved() {
    Business b = draft();
    assertEquals(KybStatus.DRAFT, b.status());
    assertEquals(owner, b.legalRepresentativeAccountId(), "the owner's KYC counts by default");
    assertTrue(b.acceptsDocuments());

    BusinessStatusChange submitted = b.submit(owner, NOW.plusSeconds(1));
    assertEquals(KybStatus.DRAFT, submitted.from());
    assertEquals(KybStatus.SUBMITTED, submitted.to());
    assertEquals(owner, submitted.actorId());
    assertFalse(b.acceptsDocuments());

    b.startReview(admin, NOW.plusSeconds(2));
    BusinessStatusChange approved = b.approve(true, admin, null, NOW.plusSeconds(3));
    assertEquals(KybStatus.IN_REVIEW, approved.from());
    assertEquals(KybStatus.APPROVED, b.status());
    assertEquals(NOW.plusSeconds(3), b.updatedAt(), "the timestamp a reminder compares against");
    assertEquals(b.id(), approved.businessId());
    assertNull(approved.reasons());
  }

  @Test
  void moreInformationSendsTheCaseBackToTheOwnerWhoResubmits() {
    Business b = inReview();
    BusinessStatusChange asked = b.requestMoreInfo(admin, "  Falta la escritura  ", NOW);
    assertEquals("Falta la escritura", asked.reasons());
    assertEquals(KybStatus.MORE_INFO_REQUESTED, b.status());
    assertTrue(b.acceptsDocuments());
    BusinessStatusChange again = b.submit(owner, NOW);
    assertEquals(KybStatus.MORE_INFO_REQUESTED, again.from());
    assertEquals(KybStatus.SUBMITTED, b.status());
  }

  @Test
  void aRejectionNeedsReasons() {
    Business b = inReview();
    ProblemException missing =
        assertThrows(ProblemException.class, () -> b.reject(admin, " ", NOW));
    assertEquals(ProblemType.VALIDATION, missing.type());
    assertEquals("reasons", missing.errors().get(0).field());
    assertThrows(ProblemException.class, () -> b.requestMoreInfo(admin, null, NOW));
    assertEquals(KybStatus.IN_REVIEW, b.status(), "nothing moved");
    b.reject(admin, "Documentos ilegibles", NOW);
    assertEquals(KybStatus.REJECTED, b.status());
  }

  @Test
  void approvalNeedsTheRepresentativesKyc() {
    Business b = inReview();
    IllegalKybTransition refused =
        assertThrows(IllegalKybTransition.class, () -> b.approve(false, admin, null, NOW));
    assertEquals(ProblemType.CONFLICT, refused.type());
    assertTrue(refused.getMessage().contains("legal representative"));
    assertEquals(KybStatus.IN_REVIEW, b.status());
  }

  @Test
  void illegalMovesAreRefused() {
    Business draft = draft();
    assertThrows(IllegalKybTransition.class, () -> draft.startReview(admin, NOW));
    assertThrows(IllegalKybTransition.class, () -> draft.approve(true, admin, null, NOW));

    Business submitted = draft();
    submitted.submit(owner, NOW);
    assertThrows(IllegalKybTransition.class, () -> submitted.submit(owner, NOW));
    // Even with a verified representative, a case nobody reviewed is not approved.
    assertThrows(IllegalKybTransition.class, () -> submitted.approve(true, admin, null, NOW));

    Business approved = inReview();
    approved.approve(true, admin, null, NOW);
    assertThrows(IllegalKybTransition.class, () -> approved.startReview(admin, NOW));
    assertThrows(IllegalKybTransition.class, () -> approved.reject(admin, "late", NOW));
    assertThrows(IllegalKybTransition.class, () -> approved.submit(owner, NOW));
    assertFalse(approved.acceptsDocuments());

    Business rejected = inReview();
    rejected.reject(admin, "no", NOW);
    assertThrows(IllegalKybTransition.class, () -> rejected.submit(owner, NOW));
    assertThrows(IllegalKybTransition.class, () -> rejected.approve(true, admin, null, NOW));
  }

  @Test
  void anAdminClosesACaseAtAnyOpenStage() {
    Business draft = draft();
    assertEquals(KybStatus.DRAFT, draft.reject(admin, "Solicitud sin documentos", NOW).from());
    Business submitted = draft();
    submitted.submit(owner, NOW);
    assertEquals(KybStatus.SUBMITTED, submitted.reject(admin, "Duplicada", NOW).from());
    Business waiting = inReview();
    waiting.requestMoreInfo(admin, "Falta el poder", NOW);
    assertEquals(KybStatus.MORE_INFO_REQUESTED, waiting.reject(admin, "Sin respuesta", NOW).from());
    assertEquals(KybStatus.REJECTED, waiting.status());
    assertThrows(IllegalKybTransition.class, () -> waiting.reject(admin, "again", NOW));
  }

  @Test
  void theTaxIdIsKeptNormalised() {
    assertEquals(new TaxId("CL", "760864285"), draft().taxId());
  }
}
