package com.vita.kyb.control;

import com.vita.auth.control.Accounts;
import com.vita.auth.entity.Account;
import com.vita.kyb.entity.Business;
import com.vita.kyb.entity.BusinessDocument;
import com.vita.kyb.entity.BusinessStatusChange;
import com.vita.kyb.entity.InvalidTaxIdProblem;
import com.vita.kyb.entity.KybStatus;
import com.vita.kyb.entity.TaxId;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.storage.DocumentKind;
import com.vita.platform.storage.StoredDocument;
import com.vita.platform.storage.TransactionalDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Business verifications from submission to decision: stores the documents, moves the case through
 * its states (the rules are {@link Business}'s), keeps the history, audits every change ({@code
 * kyb.submitted}, {@code kyb.status.change}), mirrors the state onto the owner's account (the
 * token's {@code kyb} claim: the strongest across the owner's businesses, approved first) and fires
 * {@link KybStatusChanged} for the owner's e-mail.
 */
@ApplicationScoped
public class BusinessVerifications {

  private static final System.Logger LOG = System.getLogger(BusinessVerifications.class.getName());
  private static final String ALREADY_REGISTERED =
      "A business with this tax identifier is already registered or under verification";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject Accounts accounts;
  @Inject AuditTrail audit;
  @Inject TransactionalDocuments storage;
  @Inject Validator validator;
  @Inject Event<KybStatusChanged> changes;
  @Inject KybGate gate;

  Clock clock = Clock.systemUTC();

  /** What the owner declares about the business. */
  public record Application(
      @NotBlank @Size(max = 200) String legalName,
      @NotBlank @Size(min = 2, max = 2) String country,
      @NotBlank @Size(max = 40) String taxId,
      @NotBlank @Size(max = 200) String legalRepresentative,
      @NotBlank @Size(max = 200) String economicActivity) {}

  /** One uploaded file as the client sent it; the name is only ever shown, cleaned. */
  public record Upload(String fileName, InputStream content) {}

  /** An admin's decision on a case. */
  public enum Decision {
    START_REVIEW,
    APPROVE,
    REJECT,
    REQUEST_MORE_INFO
  }

  /**
   * Checks the application, stores the documents and hands the case in (draft → submitted). Without
   * documents the case stays a draft: the owner sends them later through {@link #addDocuments}, and
   * the reminder timer nudges drafts left waiting.
   *
   * @throws ProblemException 400 with field errors, 409 for a business already registered, 413 or
   *     415 for a document storage refuses
   */
  @Transactional
  public Business submit(UUID ownerId, Application application, List<Upload> uploads) {
    TaxId taxId = validated(application);
    boolean known =
        entityManager
            .createNamedQuery(Business.BY_TAX_ID, Business.class)
            .setParameter("country", taxId.country())
            .setParameter("taxId", taxId.value())
            .getResultStream()
            .findAny()
            .isPresent();
    if (known) {
      throw new ProblemException(ProblemType.CONFLICT, ALREADY_REGISTERED);
    }
    Account owner = accounts.get(ownerId);
    Business business =
        Business.draft(
            owner.id(),
            application.legalName().strip(),
            taxId,
            application.legalRepresentative().strip(),
            application.economicActivity().strip(),
            clock.instant());
    persistNew(business);
    if (uploads.isEmpty()) {
      audit.record(
          "kyb.drafted", ownerId, business.id().toString(), Map.of("country", taxId.country()));
      accounts.changeKybStatus(owner.id(), accountStatus(owner.id(), business.status()).value());
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
    announce(business, change, owner);
    return business;
  }

  /**
   * The owner sends documents, which hands the case in: a draft's first ones (draft → submitted) or
   * the more information an admin asked for (more_info_requested → submitted).
   */
  @Transactional
  public Business addDocuments(UUID callerId, UUID businessId, List<Upload> uploads) {
    Business business = locked(businessId);
    if (!business.ownerAccountId().equals(callerId)) {
      throw new NotFoundProblem("No such business");
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
    BusinessStatusChange change = business.submit(callerId, clock.instant());
    entityManager.persist(change);
    recordChange(business, change);
    return business;
  }

  /** An admin's decision; the entity refuses the moves its state does not allow (409). */
  @Transactional
  public Business review(UUID adminId, UUID businessId, Decision decision, String reasons) {
    String why = reasons == null || reasons.isBlank() ? null : reasons.strip();
    if (why == null && (decision == Decision.REJECT || decision == Decision.REQUEST_MORE_INFO)) {
      // A missing field is the request's fault whatever the case's state: 400 before any 409.
      throw ProblemException.invalidField(
          "reasons", "required to reject or to ask for more information");
    }
    Business business = locked(businessId);
    BusinessStatusChange change =
        switch (decision) {
          case START_REVIEW -> business.startReview(adminId, clock.instant());
          case APPROVE ->
              business.approve(representativeVerified(business), adminId, why, clock.instant());
          case REJECT -> business.reject(adminId, why, clock.instant());
          case REQUEST_MORE_INFO -> business.requestMoreInfo(adminId, why, clock.instant());
        };
    entityManager.persist(change);
    recordChange(business, change);
    LOG.log(
        System.Logger.Level.INFO,
        "KYB {0}: {1} -> {2}",
        business.id(),
        change.from().value(),
        change.to().value());
    return business;
  }

  /** The business, when the caller owns it or is an admin; 404 otherwise, as for none at all. */
  public Business visible(UUID businessId, UUID callerId, boolean admin) {
    Business business = existing(businessId);
    if (!admin && !business.ownerAccountId().equals(callerId)) {
      throw new NotFoundProblem("No such business");
    }
    return business;
  }

  /** The business, whoever owns it; 404 when there is none. */
  public Business existing(UUID businessId) {
    Business business = entityManager.find(Business.class, businessId);
    if (business == null) {
      throw new NotFoundProblem("No such business");
    }
    return business;
  }

  /** The account's businesses, newest first. */
  public List<Business> ownedBy(UUID ownerId) {
    return entityManager
        .createNamedQuery(Business.OWNED_BY, Business.class)
        .setParameter("owner", ownerId)
        .getResultList();
  }

  /** A page of the cases in one status, the longest waiting first: an admin's work queue. */
  public List<Business> inStatus(KybStatus status, int offset, int limit) {
    return entityManager
        .createNamedQuery(Business.IN_STATUS, Business.class)
        .setParameter("status", status.value())
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<BusinessStatusChange> history(UUID businessId) {
    return entityManager
        .createNamedQuery(BusinessStatusChange.OF_BUSINESS, BusinessStatusChange.class)
        .setParameter("business", businessId)
        .getResultList();
  }

  public List<BusinessDocument> documents(UUID businessId) {
    return entityManager
        .createNamedQuery(BusinessDocument.OF_BUSINESS, BusinessDocument.class)
        .setParameter("business", businessId)
        .getResultList();
  }

  public Optional<BusinessDocument> document(UUID businessId, UUID documentId) {
    return Optional.ofNullable(entityManager.find(BusinessDocument.class, documentId))
        .filter(d -> d.businessId().equals(businessId));
  }

  private boolean representativeVerified(Business business) {
    // The auth component holds the account's KYC state; ask it, never its tables.
    return "approved".equals(accounts.get(business.legalRepresentativeAccountId()).kycStatus());
  }

  private void recordChange(Business business, BusinessStatusChange change) {
    Map<String, String> details = new HashMap<>();
    details.put("from", change.from().value());
    details.put("to", change.to().value());
    if (change.reasons() != null) {
      details.put("reasons", change.reasons());
    }
    audit.record("kyb.status.change", change.actorId(), business.id().toString(), details);
    announce(business, change, accounts.get(business.ownerAccountId()));
  }

  private void announce(Business business, BusinessStatusChange change, Account owner) {
    accounts.changeKybStatus(owner.id(), accountStatus(owner.id(), change.to()).value());
    changes.fire(
        new KybStatusChanged(
            business.id(),
            owner.id(),
            owner.email().value(),
            owner.displayName(),
            business.legalName(),
            change.from(),
            change.to(),
            change.reasons()));
  }

  /**
   * What the owner's account says about its businesses (the token's {@code kyb} claim): approved as
   * long as one of them is, as {@link KybGate} decides, so submitting a second business never takes
   * an approved owner back; otherwise the state of the case that changed last, this one.
   */
  private KybStatus accountStatus(UUID ownerId, KybStatus latest) {
    return gate.isApproved(ownerId) ? KybStatus.APPROVED : latest;
  }

  /** Stores every upload and records it; a refusal or rollback removes what was stored. */
  private void store(Business business, List<Upload> uploads) {
    List<StoredDocument> stored = new ArrayList<>();
    for (Upload upload : uploads) {
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

  /**
   * Inserts the new case at once, so a concurrent submission of the same tax id that passed the
   * check above meets the unique index here (409), before any document is stored.
   */
  private void persistNew(Business business) {
    try {
      entityManager.persist(business);
      entityManager.flush();
    } catch (PersistenceException duplicate) {
      throw new ProblemException(ProblemType.CONFLICT, ALREADY_REGISTERED);
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

  private Business locked(UUID businessId) {
    Business business =
        entityManager.find(Business.class, businessId, LockModeType.PESSIMISTIC_WRITE);
    if (business == null) {
      throw new NotFoundProblem("No such business");
    }
    return business;
  }
}
