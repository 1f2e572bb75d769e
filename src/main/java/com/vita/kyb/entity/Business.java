package com.vita.kyb.entity;

import com.vita.platform.persistence.TrackedEntity;
import com.vita.platform.problems.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A business an account asks VITA to verify, and where that verification stands. Every move is a
 * method that refuses what the state does not allow and returns the history row to record:
 *
 * <pre>
 * draft → submitted → in_review → approved | rejected | more_info_requested
 * more_info_requested → submitted (the owner sends more documents)
 * draft | submitted | more_info_requested → rejected (an admin closes a case at any open stage)
 * </pre>
 *
 * A tax id is not taken by applying: any number of accounts may apply for one (refusing would tell
 * anyone which tax ids are registered, and let a squatter block the real business), each owner once
 * at a time; admins see the competing claims and the database lets only one be approved (V17).
 *
 * <p>Approval also needs the legal representative's KYC; that is another component's state, so the
 * caller checks it and says so ({@link #approve}).
 */
@Entity
@Table(name = "business")
@NamedQuery(
    name = Business.OWNED_BY,
    query = "select b from Business b where b.ownerAccountId = :owner order by b.createdAt desc")
// The owner's own open case for a tax id (drafts count: a second one would be a double submit).
@NamedQuery(
    name = Business.OPEN_OF_OWNER,
    query =
        "select b from Business b where b.ownerAccountId = :owner and b.country = :country"
            + " and b.taxId = :taxId and b.status <> com.vita.kyb.entity.KybStatus.REJECTED")
// Other handed-in cases claiming the same tax id: what an admin weighs before approving one.
@NamedQuery(
    name = Business.COMPETING,
    query =
        "select b from Business b where b.country = :country and b.taxId = :taxId"
            + " and b.id <> :id and b.status not in (com.vita.kyb.entity.KybStatus.DRAFT,"
            + " com.vita.kyb.entity.KybStatus.REJECTED) order by b.createdAt, b.id")
@NamedQuery(
    name = Business.IN_STATUS,
    query = "select b from Business b where b.status = :status order by b.updatedAt, b.id")
// Cases waiting in one of :statuses since :waitingSince or earlier, not reminded of :kind after
// :tooRecentAfter, and reminded fewer than :maxPerStatus times during this stay in the status.
@NamedQuery(
    name = Business.DUE_REMINDER,
    query =
        "select b from Business b where b.status in :statuses and b.updatedAt <= :waitingSince"
            + " and not exists (select r.id from KybReminder r where r.businessId = b.id"
            + " and r.kind = :kind and r.sentAt > :tooRecentAfter)"
            + " and (select count(r) from KybReminder r where r.businessId = b.id"
            + " and r.kind = :kind and r.statusSince = b.updatedAt) < :maxPerStatus"
            + " order by b.updatedAt, b.id")
public class Business extends TrackedEntity {

  public static final String OWNED_BY = "Business.ownedBy";
  public static final String OPEN_OF_OWNER = "Business.openOfOwner";
  public static final String COMPETING = "Business.competing";
  public static final String IN_STATUS = "Business.inStatus";
  public static final String DUE_REMINDER = "Business.dueReminder";

  @Id private UUID id;

  @Column(name = "owner_account_id", nullable = false, updatable = false)
  private UUID ownerAccountId;

  @Column(name = "legal_name", nullable = false, length = 200)
  private String legalName;

  @Column(name = "country", nullable = false, updatable = false, length = 2)
  private String country;

  @Column(name = "tax_id", nullable = false, updatable = false, length = 20)
  private String taxId;

  @Column(name = "legal_representative_name", nullable = false, length = 200)
  private String legalRepresentativeName;

  @Column(name = "legal_representative_account_id")
  private UUID legalRepresentativeAccountId;

  @Column(name = "economic_activity", nullable = false, length = 200)
  private String economicActivity;

  @Column(name = "status", nullable = false, length = 30)
  private KybStatus status;

  protected Business() {}

  /** A new case in draft; the legal representative's account is the owner's until changed. */
  public static Business draft(
      UUID ownerAccountId,
      String legalName,
      TaxId taxId,
      String legalRepresentativeName,
      String economicActivity,
      Instant now) {
    Business b = new Business();
    b.id = UUID.randomUUID();
    b.ownerAccountId = ownerAccountId;
    b.legalName = legalName;
    b.country = taxId.country();
    b.taxId = taxId.value();
    b.legalRepresentativeName = legalRepresentativeName;
    b.legalRepresentativeAccountId = ownerAccountId;
    b.economicActivity = economicActivity;
    b.status = KybStatus.DRAFT;
    b.created(now);
    return b;
  }

  /** The owner hands the case in: from a draft, or with the more information asked for. */
  public BusinessStatusChange submit(UUID actorId, Instant now) {
    return move(
        KybStatus.SUBMITTED, actorId, null, now, KybStatus.DRAFT, KybStatus.MORE_INFO_REQUESTED);
  }

  /** An admin takes a submitted case. */
  public BusinessStatusChange startReview(UUID actorId, Instant now) {
    return move(KybStatus.IN_REVIEW, actorId, null, now, KybStatus.SUBMITTED);
  }

  /**
   * An admin approves a case under review.
   *
   * @param representativeVerified whether the legal representative's account has passed KYC
   */
  public BusinessStatusChange approve(
      boolean representativeVerified, UUID actorId, String reasons, Instant now) {
    requireState(KybStatus.APPROVED, KybStatus.IN_REVIEW);
    if (!representativeVerified) {
      throw new IllegalKybTransition("The legal representative has not passed KYC");
    }
    return move(KybStatus.APPROVED, actorId, reasons, now, KybStatus.IN_REVIEW);
  }

  /**
   * An admin refuses or closes a case that is still open, whatever its stage (a draft squatting a
   * tax id included); the owner is told why. Approved and rejected cases are final.
   */
  public BusinessStatusChange reject(UUID actorId, String reasons, Instant now) {
    return move(
        KybStatus.REJECTED,
        actorId,
        required(reasons),
        now,
        KybStatus.DRAFT,
        KybStatus.SUBMITTED,
        KybStatus.IN_REVIEW,
        KybStatus.MORE_INFO_REQUESTED);
  }

  /** An admin asks the owner for more; the owner answers by sending documents. */
  public BusinessStatusChange requestMoreInfo(UUID actorId, String reasons, Instant now) {
    return move(
        KybStatus.MORE_INFO_REQUESTED, actorId, required(reasons), now, KybStatus.IN_REVIEW);
  }

  /** Whether the owner may add documents now: while a draft or when more were asked for. */
  public boolean acceptsDocuments() {
    KybStatus s = status();
    return s == KybStatus.DRAFT || s == KybStatus.MORE_INFO_REQUESTED;
  }

  private BusinessStatusChange move(
      KybStatus to, UUID actorId, String reasons, Instant now, KybStatus... allowedFrom) {
    KybStatus from = requireState(to, allowedFrom);
    status = to;
    touched(now);
    return new BusinessStatusChange(id, from, to, actorId, reasons, now);
  }

  private KybStatus requireState(KybStatus to, KybStatus... allowedFrom) {
    KybStatus from = status();
    for (KybStatus allowed : allowedFrom) {
      if (allowed == from) {
        return from;
      }
    }
    throw new IllegalKybTransition(
        "A business verification cannot go from " + from.value() + " to " + to.value());
  }

  private static String required(String reasons) {
    if (reasons == null || reasons.isBlank()) {
      // Here, not only in the resource, so no caller can refuse a business without saying why.
      throw ProblemException.invalidField(
          "reasons", "required to reject or to ask for more information");
    }
    return reasons.strip();
  }

  public UUID id() {
    return id;
  }

  public UUID ownerAccountId() {
    return ownerAccountId;
  }

  public String legalName() {
    return legalName;
  }

  public TaxId taxId() {
    return new TaxId(country, taxId);
  }

  public String legalRepresentativeName() {
    return legalRepresentativeName;
  }

  /** The account whose KYC counts for approval. */
  public UUID legalRepresentativeAccountId() {
    return legalRepresentativeAccountId == null ? ownerAccountId : legalRepresentativeAccountId;
  }

  public String economicActivity() {
    return economicActivity;
  }

  public KybStatus status() {
    return status;
  }

  /**
   * Since when the case has been in its status: only moves between states touch a business, so this
   * is its last update.
   */
  public Instant statusSince() {
    return updatedAt();
  }
}
