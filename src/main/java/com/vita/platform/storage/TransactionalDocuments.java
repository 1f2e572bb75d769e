package com.vita.platform.storage;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.InputStream;

/**
 * Stores a document as part of the caller's transaction: if that transaction does not commit (a
 * later document refused, a unique key taken, the database gone), the file is removed again, so
 * storage never keeps what no table points to. Needs an active JTA transaction.
 */
@ApplicationScoped
public class TransactionalDocuments {

  private static final System.Logger LOG = System.getLogger(TransactionalDocuments.class.getName());

  @Inject DocumentStorage storage;

  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * @see DocumentStorage#store
   */
  public StoredDocument store(InputStream content, DocumentKind kind, String originalName) {
    StoredDocument stored = storage.store(content, kind, originalName);
    transactions.registerInterposedSynchronization(new RemoveUnlessCommitted(stored.key()));
    return stored;
  }

  private final class RemoveUnlessCommitted implements Synchronization {

    private final String key;

    RemoveUnlessCommitted(String key) {
      this.key = key;
    }

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        return;
      }
      try {
        storage.delete(key);
      } catch (RuntimeException e) {
        // The rollback itself must not fail; the key is logged so the file can be found.
        LOG.log(System.Logger.Level.WARNING, "Could not remove document {0} after a rollback", key);
      }
    }
  }
}
