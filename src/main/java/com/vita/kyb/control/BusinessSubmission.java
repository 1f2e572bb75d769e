package com.vita.kyb.control;

import com.vita.auth.control.AccountDirectory;
import com.vita.kyb.entity.Business;
import com.vita.kyb.entity.BusinessDocument;
import com.vita.kyb.entity.BusinessStatusChange;
import com.vita.kyb.entity.InvalidTaxIdProblem;
import com.vita.kyb.entity.TaxId;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.http.MultipartForm;
import com.vita.platform.persistence.UniqueViolation;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.storage.DocumentKind;
import com.vita.platform.storage.StoredDocument;
import com.vita.platform.storage.TransactionalDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The owner's side of a case: applying (a draft, or handed in at once with documents) and sending
 * documents later. Documents and rows share one fate ({@link TransactionalDocuments}).
 */
@ApplicationScoped
public class BusinessSubmission {

  /** The unique index that lets an owner hold one open case per tax id (V17). */
  static final String OWNER_TAX_ID_INDEX = "business_owner_tax_id_open";

  // Only about the caller's own cases: whether anyone else applied for the tax id is never said.
  private static final String ALREADY_APPLIED =
      "You already have an open application for this tax identifier";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject AccountDirectory accounts;
  @Inject AuditTrail audit;
  @Inject TransactionalDocuments storage;
  @Inject Validator validator;
  @Inject BusinessCases cases;
  @Inject BusinessChanges changes;

  Clock clock = Clock.systemUTC();

  /** What the owner declares about the business. */
  public record Application(
      @NotBlank @Size(max = 200) String legalName,
      @NotBlank @Size(min = 2, max = 2) String country,
      @NotBlank @Size(max = 40) String taxId,
      @NotBlank @Size(max = 200) String legalRepresentative,
      @NotBlank @Size(max = 200) String economicActivity) {}

  /**
   * Checks the application, stores the documents and hands the case in (draft → submitted). Without
   * documents the case stays a draft: the owner sends them later through {@link #addDocuments}, and
   * the reminder timer nudges drafts left waiting.
   *
   * <p>Another account's case for the same tax id does not stop it (see {@link Business}): the
   * answer is the same whether or not the tax id is known, and an admin sees the competing claims.
   *
   * @throws ProblemException 400 with field errors, 409 when the caller already has an open case
   *     for this tax id, 413 or 415 for a document storage refuses
   */
  @Transactional
  public Business submit(UUID ownerId, Application application, List<MultipartForm.File> uploads) {
    TaxId taxId = validated(application);
    UUID owner = accounts.get(ownerId).id();
    boolean applied =
        entityManager
            .createNamedQuery(Business.OPEN_OF_OWNER, Business.class)
            .setParameter("owner", owner)
            .setParameter("country", taxId.country())
            .setParameter("taxId", taxId.value())
            .getResultStream()
            .findAny()
            .isPresent();
    if (applied) {
      throw new ProblemException(ProblemType.CONFLICT, ALREADY_APPLIED);
    }
    Business business =
        Business.draft(
            owner,
            application.legalName().strip(),
            taxId,
            application.legalRepresentative().strip(),
            application.economicActivity().strip(),
            clock.instant());
    // Inserted now: the owner's concurrent second submission that passed the check above meets the
    // unique index here (409), before any document is stored.
    UniqueViolation.insertNow(
        entityManager,
        business,
        OWNER_TAX_ID_INDEX,
        () -> new ProblemException(ProblemType.CONFLICT, ALREADY_APPLIED));
    if (uploads.isEmpty()) {
      audit.record(
          "kyb.drafted", ownerId, business.id().toString(), Map.of("country", taxId.country()));
      return business;
    }
    store(business, uploads);
    BusinessStatusChange change = business.submit(ownerId, clock.instant());
    entityManager.persist(change);
    audit.record(
        "kyb.submitted",
        ownerId,
        business.id().toString(),
        Map.of(
            "country",
            taxId.country(),
            "documents",
            Integer.toString(uploads.size()),
            "status",
            business.status().value()));
    changes.announce(business, change);
    return business;
  }

  /**
   * The owner sends documents, which hands the case in: a draft's first ones (draft → submitted) or
   * the more information an admin asked for (more_info_requested → submitted).
   */
  @Transactional
  public Business addDocuments(UUID callerId, UUID businessId, List<MultipartForm.File> uploads) {
    Business business = cases.locked(businessId);
    if (!business.ownerAccountId().equals(callerId)) {
      throw new NotFoundProblem(BusinessCases.NO_SUCH_BUSINESS);
    }
    if (uploads.isEmpty()) {
      throw ProblemException.invalidField("documents", "at least one document is required");
    }
    if (!business.acceptsDocuments()) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Documents can be added only when more information was requested, not while "
              + business.status().value());
    }
    store(business, uploads);
    changes.record(business, business.submit(callerId, clock.instant()));
    return business;
  }

  /** Stores every upload and records it; a refusal or rollback removes what was stored. */
  private void store(Business business, List<MultipartForm.File> uploads) {
    List<StoredDocument> stored = new ArrayList<>();
    for (MultipartForm.File upload : uploads) {
      stored.add(
          storage.store(upload.content(), DocumentKind.BUSINESS_DOCUMENT, upload.fileName()));
    }
    for (StoredDocument d : stored) {
      entityManager.persist(
          new BusinessDocument(
              business.id(),
              d.key(),
              d.mediaType().mimeType(),
              d.size(),
              d.sha256(),
              d.displayName().orElse(null),
              clock.instant()));
    }
  }

  private TaxId validated(Application application) {
    var violations = validator.validate(application);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    try {
      return TaxId.of(application.country(), application.taxId());
    } catch (InvalidTaxIdProblem invalid) {
      throw ProblemException.invalidField("taxId", invalid.getMessage());
    }
  }
}
