package com.vita.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One deposit Cregis reported (its {@code cid}), kept whatever became of it: the report admins read
 * ({@link CryptoDepositOutcome}). Never changed once written.
 */
@Entity
@Table(name = "crypto_deposit")
@NamedQuery(
    name = CryptoDeposit.OF_PAYMENT,
    query = "select d from CryptoDeposit d where d.paymentId = :payment order by d.receivedAt")
public class CryptoDeposit {

  public static final String OF_PAYMENT = "CryptoDeposit.ofPayment";

  @Id private UUID id;

  @Column(name = "provider", nullable = false, updatable = false, length = 20)
  private String provider;

  @Column(name = "cid", nullable = false, updatable = false, length = 64)
  private String cid;

  @Column(name = "payment_id", updatable = false)
  private UUID paymentId;

  @Column(name = "address", nullable = false, updatable = false, length = 120)
  private String address;

  @Column(name = "coin", nullable = false, updatable = false, length = 120)
  private String coin;

  @Column(name = "amount", nullable = false, updatable = false, precision = 38, scale = 18)
  private BigDecimal amount;

  @Column(name = "excess", nullable = false, updatable = false, precision = 38, scale = 18)
  private BigDecimal excess;

  @Column(name = "outcome", nullable = false, updatable = false, length = 20)
  private CryptoDepositOutcome outcome;

  @Column(name = "txid", updatable = false, length = 200)
  private String txid;

  @Column(name = "block_time", updatable = false)
  private Instant blockTime;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected CryptoDeposit() {}

  /** What Cregis said about the deposit. */
  public record Report(
      String provider,
      String cid,
      String address,
      String coin,
      BigDecimal amount,
      String txid,
      Instant blockTime) {}

  public static CryptoDeposit of(
      Report report,
      UUID paymentId,
      CryptoDepositOutcome outcome,
      BigDecimal excess,
      Instant receivedAt) {
    if ((excess.signum() > 0) != (outcome == CryptoDepositOutcome.OVERPAID)) {
      throw new IllegalArgumentException("Only an overpaid deposit has an excess");
    }
    CryptoDeposit d = new CryptoDeposit();
    d.id = UUID.randomUUID();
    d.provider = report.provider();
    d.cid = report.cid();
    d.paymentId = paymentId;
    d.address = report.address();
    d.coin = report.coin();
    d.amount = report.amount();
    d.excess = excess;
    d.outcome = outcome;
    d.txid = report.txid();
    d.blockTime = report.blockTime();
    d.receivedAt = receivedAt;
    return d;
  }

  public UUID id() {
    return id;
  }

  public String provider() {
    return provider;
  }

  public String cid() {
    return cid;
  }

  public UUID paymentId() {
    return paymentId;
  }

  public String address() {
    return address;
  }

  public String coin() {
    return coin;
  }

  public BigDecimal amount() {
    return amount;
  }

  public BigDecimal excess() {
    return excess;
  }

  public CryptoDepositOutcome outcome() {
    return outcome;
  }

  public String txid() {
    return txid;
  }

  public Instant blockTime() {
    return blockTime;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
