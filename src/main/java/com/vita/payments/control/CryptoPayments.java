package com.vita.payments.control;

import com.vita.payments.entity.CryptoCharge;
import com.vita.payments.entity.CryptoDeposit;
import com.vita.payments.entity.CryptoDepositOutcome;
import com.vita.payments.entity.Payment;
import com.vita.platform.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a crypto payment shows (its address, the amount due and received, where it stands, its
 * deposits) and the admins' report of deposits by outcome.
 */
@ApplicationScoped
public class CryptoPayments {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  Clock clock = Clock.systemUTC();

  /**
   * A crypto payment's side: {@code state} is {@code awaiting_deposit}, {@code underpaid}, {@code
   * paid}, {@code overpaid} or {@code expired}.
   */
  public record Crypto(
      String address,
      String currency,
      String chainId,
      String amount,
      String received,
      String rate,
      String expiresAt,
      String state,
      List<Deposit> deposits) {}

  /** A deposit as payments and the report show it. */
  public record Deposit(
      String id,
      String cid,
      String paymentId,
      String address,
      String currency,
      String amount,
      String excess,
      String outcome,
      String txid,
      String blockTime,
      String receivedAt) {}

  /** The crypto side of a payment, if it is one. */
  public Optional<Crypto> of(Payment payment) {
    CryptoCharge charge = entityManager.find(CryptoCharge.class, payment.id());
    if (charge == null) {
      return Optional.empty();
    }
    List<Deposit> deposits =
        entityManager
            .createNamedQuery(CryptoDeposit.OF_PAYMENT, CryptoDeposit.class)
            .setParameter("payment", payment.id())
            .getResultStream()
            .map(CryptoPayments::deposit)
            .toList();
    return Optional.of(
        new Crypto(
            charge.address(),
            charge.coin(),
            charge.chainId(),
            charge.amountDue().stripTrailingZeros().toPlainString(),
            charge.amountReceived().stripTrailingZeros().toPlainString(),
            charge.rate().stripTrailingZeros().toPlainString(),
            charge.expiresAt().toString(),
            state(payment, charge, deposits),
            deposits));
  }

  private String state(Payment payment, CryptoCharge charge, List<Deposit> deposits) {
    if (payment.status().isCaptured()) {
      boolean over = deposits.stream().anyMatch(d -> "overpaid".equals(d.outcome()));
      return over ? "overpaid" : "paid";
    }
    if (charge.amountReceived().signum() > 0) {
      return "underpaid";
    }
    return charge.openAt(clock.instant()) ? "awaiting_deposit" : "expired";
  }

  /** The deposits reported, newest first, of one outcome or all. */
  public List<Deposit> deposits(String outcome, int limit) {
    TypedQuery<CryptoDeposit> query;
    if (outcome == null || outcome.isBlank()) {
      query =
          entityManager.createQuery(
              "select d from CryptoDeposit d order by d.receivedAt desc", CryptoDeposit.class);
    } else {
      CryptoDepositOutcome wanted =
          Arrays.stream(CryptoDepositOutcome.values())
              .filter(o -> o.value().equals(outcome))
              .findFirst()
              .orElseThrow(
                  () ->
                      ProblemException.invalidField(
                          "outcome",
                          "is one of "
                              + Arrays.stream(CryptoDepositOutcome.values())
                                  .map(CryptoDepositOutcome::value)
                                  .toList()));
      query =
          entityManager
              .createQuery(
                  "select d from CryptoDeposit d where d.outcome = :outcome"
                      + " order by d.receivedAt desc",
                  CryptoDeposit.class)
              .setParameter("outcome", wanted);
    }
    return query.setMaxResults(limit).getResultStream().map(CryptoPayments::deposit).toList();
  }

  private static Deposit deposit(CryptoDeposit d) {
    return new Deposit(
        d.id().toString(),
        d.cid(),
        d.paymentId() == null ? null : d.paymentId().toString(),
        d.address(),
        d.coin(),
        plain(d.amount()),
        plain(d.excess()),
        d.outcome().value(),
        d.txid(),
        d.blockTime() == null ? null : d.blockTime().toString(),
        d.receivedAt().toString());
  }

  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
