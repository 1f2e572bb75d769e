package com.vita.payments.entity;

import com.vita.platform.money.Money;
import com.vita.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A buyer's word that they transferred money for a payment: which bank, the bank's reference, the
 * amount and the day. It waits in the verification queue ({@code next_check_at}) until the bank
 * confirms it ({@link #verified}) or refutes it ({@link #refused}, with the reason), or until its
 * deadline passes unconfirmed. A reference is taken once per bank, whatever its outcome.
 */
@Entity
@Table(name = "bank_transfer")
@NamedQuery(
    name = BankTransfer.LATEST_OF_PAYMENT,
    query = "select t from BankTransfer t where t.paymentId = :payment order by t.createdAt desc")
public class BankTransfer extends TrackedEntity {

  public static final String LATEST_OF_PAYMENT = "BankTransfer.latestOfPayment";

  /** The constraint that makes a reference pay once. */
  public static final String REFERENCE_ONCE = "bank_transfer_reference_once";

  /** The index that allows one live declaration per payment. */
  public static final String ONE_LIVE_PER_PAYMENT = "bank_transfer_one_live_per_payment";

  @Id private UUID id;

  @Column(name = "payment_id", nullable = false, updatable = false)
  private UUID paymentId;

  @Column(name = "bank", nullable = false, updatable = false, length = 40)
  private String bank;

  @Column(name = "reference", nullable = false, updatable = false, length = 64)
  private String reference;

  @Embedded private Money amount;

  @Column(name = "transfer_date", nullable = false, updatable = false)
  private LocalDate date;

  @Column(name = "status", nullable = false, length = 20)
  private BankTransferStatus status;

  @Column(name = "refusal_code", length = 40)
  private String refusalCode;

  @Column(name = "refusal_reason", length = 300)
  private String refusalReason;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_check_at", nullable = false)
  private Instant nextCheckAt;

  @Column(name = "deadline_at", nullable = false, updatable = false)
  private Instant deadlineAt;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  protected BankTransfer() {}

  /** What the buyer declared, in VITA's terms. */
  public record Declaration(String bank, String reference, Money amount, LocalDate date) {}

  public static BankTransfer declared(
      UUID paymentId, Declaration declaration, Instant now, Duration deadline) {
    BankTransfer t = new BankTransfer();
    t.id = UUID.randomUUID();
    t.paymentId = paymentId;
    t.bank = declaration.bank();
    t.reference = declaration.reference();
    t.amount = declaration.amount();
    t.date = declaration.date();
    t.status = BankTransferStatus.VERIFYING;
    t.nextCheckAt = now;
    t.deadlineAt = now.plus(deadline);
    t.created(now);
    return t;
  }

  /** The bank confirmed it as declared. */
  public void verified(Instant now) {
    requireVerifying();
    status = BankTransferStatus.VERIFIED;
    verifiedAt = now;
    attempts++;
    touched(now);
  }

  /** The bank refutes it, or it was never found: final, with the reason. */
  public void refused(String code, String reason, Instant now) {
    requireVerifying();
    status = BankTransferStatus.REFUSED;
    refusalCode = code;
    refusalReason = reason.length() <= 300 ? reason : reason.substring(0, 300);
    attempts++;
    touched(now);
  }

  /** Not confirmed yet (or the bank could not be asked): asked again at {@code next}. */
  public void askAgainAt(Instant next, boolean asked, Instant now) {
    requireVerifying();
    nextCheckAt = next;
    if (asked) {
      attempts++;
    }
    touched(now);
  }

  public boolean pastDeadline(Instant now) {
    return !now.isBefore(deadlineAt);
  }

  private void requireVerifying() {
    if (status != BankTransferStatus.VERIFYING) {
      throw new IllegalStateException("Bank transfer " + id + " is already " + status.value());
    }
  }

  public UUID id() {
    return id;
  }

  public UUID paymentId() {
    return paymentId;
  }

  public Declaration declaration() {
    return new Declaration(bank, reference, amount, date);
  }

  public BankTransferStatus status() {
    return status;
  }

  public String refusalCode() {
    return refusalCode;
  }

  public String refusalReason() {
    return refusalReason;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextCheckAt() {
    return nextCheckAt;
  }

  public Instant deadlineAt() {
    return deadlineAt;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }
}
