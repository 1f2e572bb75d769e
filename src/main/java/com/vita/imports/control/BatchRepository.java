package com.vita.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The one write VITA makes to the batch runtime's job repository (Payara's tables in VITA's
 * database): marking an execution failed whose server died while it ran. Jakarta Batch restarts
 * only stopped or failed executions, and a runtime that crashed never got to record either; this is
 * the repair its operators would otherwise make by hand. Only executions still recorded as running
 * are touched.
 */
@ApplicationScoped
@Transactional
public class BatchRepository {

  @PersistenceContext(unitName = "vita")
  EntityManager em;

  void markFailed(long executionId) {
    em.createNativeQuery(
            "update executioninstancedata set batchstatus = 'FAILED', exitstatus = 'FAILED',"
                + " endtime = now(), updatetime = now() where jobexecid = ?1 and batchstatus in"
                + " ('STARTING', 'STARTED', 'STOPPING')")
        .setParameter(1, executionId)
        .executeUpdate();
    em.createNativeQuery(
            "update stepexecutioninstancedata set batchstatus = 'FAILED', exitstatus = 'FAILED',"
                + " endtime = now() where jobexecid = ?1 and batchstatus in ('STARTING', 'STARTED',"
                + " 'STOPPING')")
        .setParameter(1, executionId)
        .executeUpdate();
  }
}
