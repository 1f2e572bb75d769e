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
            "update "
                + table("executioninstancedata")
                + " set batchstatus = 'FAILED', exitstatus = 'FAILED', endtime = now(), updatetime"
                + " = now() where jobexecid = ?1 and batchstatus in ('STARTING', 'STARTED',"
                + " 'STOPPING')")
        .setParameter(1, executionId)
        .executeUpdate();
    em.createNativeQuery(
            "update "
                + table("stepexecutioninstancedata")
                + " set batchstatus = 'FAILED', exitstatus = 'FAILED', endtime = now() where"
                + " jobexecid = ?1 and batchstatus in ('STARTING', 'STARTED', 'STOPPING')")
        .setParameter(1, executionId)
        .executeUpdate();
  }

  /**
   * The runtime's table, quoted as Payara created it: its case, schema and configured prefix or
   * suffix are Payara's business, so it is looked up rather than assumed.
   */
  private String table(String name) {
    @SuppressWarnings("unchecked")
    java.util.List<Object[]> found =
        em.createNativeQuery(
                "select table_schema, table_name from information_schema.tables where"
                    + " lower(table_name) like ?1 order by length(table_name)")
            .setParameter(1, "%" + name + "%")
            .getResultList();
    Object[] table =
        found.stream()
            .filter(t -> name.startsWith("step") || !((String) t[1]).toLowerCase().contains("step"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No batch table " + name));
    return quoted((String) table[0]) + "." + quoted((String) table[1]);
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
