package com.vita.payments.control;

import com.vita.payments.entity.BankTransfer;
import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentStatus;
import com.vita.platform.money.Money;
import com.vita.platform.persistence.UniqueViolation;
import com.vita.platform.problems.BadRequestProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A buyer declares the transfer that pays their bank-transfer payment: it must be for exactly the
 * payment's amount and currency, on a day not in the future nor older than {@code
 * bank.transfer.max-age}, at the bank VITA verifies with. The declaration is queued for the bank's
 * confirmation and the payment moves to {@code processing} ("verifying"). A reference pays once:
 * one declared before, for any payment, is refused (409) — by the table's unique constraint, so two
 * racing declarations cannot both pass. The payment row is locked first, so one payment has one
 * declaration being verified at a time; a refused one may be followed by another.
 */
@ApplicationScoped
public class BankDeclarations {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject PaymentAccess access;
  @Inject PaymentSettlement settlement;

  @Inject
  @ConfigProperty(name = "banesco.bank-code", defaultValue = "banesco")
  String bankCode;

  @Inject
  @ConfigProperty(name = "bank.transfer.max-age", defaultValue = "P30D")
  Duration maxAge;

  @Inject
  @ConfigProperty(name = "bank.verification.deadline", defaultValue = "P3D")
  Duration deadline;

  Clock clock = Clock.systemUTC();

  /** The payment, now verifying, and its declaration. */
  public record Declared(Payment payment, BankTransfer transfer) {}

  @Transactional(Transactional.TxType.REQUIRED)
  public Declared declare(UUID paymentId, BankTransferForm form) {
    Payment payment = access.ownLocked(paymentId);
    if (!BankTransferGateway.METHOD.equals(payment.method())) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "Payment " + paymentId + " is paid by " + payment.method() + ", not by bank transfer");
    }
    if (payment.status() != PaymentStatus.REQUIRES_ACTION
        && payment.status() != PaymentStatus.FAILED) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Payment "
              + paymentId
              + " is "
              + payment.status().value()
              + ": it takes no further transfer");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    BankTransfer.Declaration declaration = declaration(form, payment, now);
    BankTransfer transfer = BankTransfer.declared(paymentId, declaration, now, deadline);
    UniqueViolation.insertNow(
        entityManager,
        transfer,
        BankTransfer.REFERENCE_ONCE,
        () ->
            new ProblemException(
                ProblemType.CONFLICT,
                "reference_used: "
                    + declaration.bank()
                    + " reference "
                    + declaration.reference()
                    + " was declared before; a reference pays only once"));
    settlement.apply(
        payment,
        new ProviderPayment(
            payment.providerRef(),
            PaymentStatus.PROCESSING,
            0,
            payment.amount().currency().getCurrencyCode(),
            null,
            null,
            null));
    return new Declared(payment, transfer);
  }

  /** The payment's latest declaration, if it has one. */
  public Optional<BankTransfer> latestOf(UUID paymentId) {
    return entityManager
        .createNamedQuery(BankTransfer.LATEST_OF_PAYMENT, BankTransfer.class)
        .setParameter("payment", paymentId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private BankTransfer.Declaration declaration(
      BankTransferForm form, Payment payment, Instant now) {
    String bank = form.bank() == null ? "" : form.bank().strip().toLowerCase(Locale.ROOT);
    if (!bankCode.equals(bank)) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE, "VITA verifies transfers to " + bankCode + " only");
    }
    String reference = form.reference() == null ? "" : form.reference().strip();
    reference = reference.toUpperCase(Locale.ROOT);
    if (!reference.matches("[A-Z0-9-]{4,64}")) {
      throw new BadRequestProblem("reference: 4 to 64 letters, digits or dashes");
    }
    Currency currency = payment.amount().currency();
    if (form.currency() != null && !form.currency().equalsIgnoreCase(currency.getCurrencyCode())) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "currency_mismatch: declared " + form.currency() + ", payment is in " + currency);
    }
    Money amount = amount(form, currency);
    if (!amount.equals(payment.amount())) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "amount_mismatch: declared "
              + amount.minorUnits()
              + ", payment is "
              + payment.amount().minorUnits());
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate date = form.date();
    if (date == null) {
      throw new BadRequestProblem("date: the day of the transfer (YYYY-MM-DD)");
    }
    // A day of leeway each way for time zones: the bank's day may be ahead of or behind UTC's.
    if (date.isAfter(today.plusDays(1))
        || date.isBefore(today.minusDays(maxAge.toDays()).minusDays(1))) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "date: " + date + " is in the future or older than " + maxAge.toDays() + " days");
    }
    return new BankTransfer.Declaration(bank, reference, amount, date);
  }

  private static Money amount(BankTransferForm form, Currency currency) {
    if ((form.amountMinor() == null) == (form.amount() == null)) {
      throw new BadRequestProblem("Give the amount as amountMinor or as amount, one of them");
    }
    if (form.amountMinor() != null) {
      if (form.amountMinor() <= 0) {
        throw new BadRequestProblem("amountMinor must be positive");
      }
      return Money.ofMinor(form.amountMinor(), currency);
    }
    try {
      BigDecimal decimal = new BigDecimal(form.amount().strip());
      if (decimal.signum() <= 0) {
        throw new BadRequestProblem("amount must be positive");
      }
      return Money.of(decimal, currency);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new BadRequestProblem(
          "amount: a decimal with at most "
              + currency.getDefaultFractionDigits()
              + " decimals for "
              + currency);
    }
  }
}
