package com.vita.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a piece of a request in one transaction, for a resource that must do slow work (a bcrypt
 * hash) first: a {@code @Transactional} resource method would hold its transaction, and soon a
 * pooled connection, through that work too. Rolls back on any runtime exception, as {@code
 * Transactional} does.
 */
@ApplicationScoped
public class InTransaction {

  @Transactional
  public <T> T call(Supplier<T> work) {
    return work.get();
  }
}
