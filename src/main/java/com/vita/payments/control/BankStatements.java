package com.vita.payments.control;

import com.vita.payments.entity.BankTransfer;
import java.util.Optional;

/**
 * Where a declared transfer is looked up: the bank's API ({@link BanescoStatements}) or, for local
 * runs without its credentials, the labelled sandbox ({@link BankSandboxStatements}).
 */
public interface BankStatements {

  /**
   * The bank's transaction of the declaration's reference, or empty when the bank has none (yet).
   *
   * @throws BankRateLimited when the bank may not be asked again soon enough
   */
  Optional<BankTransaction> find(BankTransfer.Declaration declared);
}
