package com.vita.payments.control;

import com.vita.payments.entity.BankTransfer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/**
 * A pretend bank for local runs without {@code BANESCO_CLIENT_SECRET}: a reference starting with
 * {@code OK} exists, settled, exactly as declared; any other is not found (and refused at the
 * deadline). Its payments say {@code provider: bank_sandbox}; production refuses to start with it
 * ({@link BankSandboxFallback}). Nothing here is a bank's word.
 */
@ApplicationScoped
public class BankSandboxStatements implements BankStatements {

  @Override
  public Optional<BankTransaction> find(BankTransfer.Declaration declared) {
    if (!declared.reference().toUpperCase(Locale.ROOT).startsWith("OK")) {
      return Optional.empty();
    }
    return Optional.of(
        new BankTransaction(
            declared.reference(),
            declared.amount(),
            declared.date(),
            BankTransaction.SETTLED,
            null));
  }
}
