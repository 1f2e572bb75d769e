package com.vita.kyb.control;

import com.vita.auth.control.AccountCard;
import com.vita.auth.control.AccountDirectory;
import com.vita.kyb.entity.Business;
import com.vita.kyb.entity.BusinessStatusChange;
import com.vita.kyb.entity.KybStatusChanged;
import com.vita.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Records a move of a case: its history row, the audit event ({@code kyb.status.change}) and the
 * {@link KybStatusChanged} the owner's e-mail follows, all in the caller's transaction.
 */
@ApplicationScoped
public class BusinessChanges {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject AccountDirectory accounts;
  @Inject AuditTrail audit;
  @Inject Event<KybStatusChanged> changes;

  void record(Business business, BusinessStatusChange change) {
    entityManager.persist(change);
    Map<String, String> details = new HashMap<>();
    details.put("from", change.from().value());
    details.put("to", change.to().value());
    if (change.reasons() != null) {
      details.put("reasons", change.reasons());
    }
    audit.record("kyb.status.change", change.actorId(), business.id().toString(), details);
    announce(business, change);
  }

  /** The {@link KybStatusChanged} of a move whose history and audit are already written. */
  void announce(Business business, BusinessStatusChange change) {
    AccountCard owner = accounts.get(business.ownerAccountId());
    changes.fire(
        new KybStatusChanged(
            business.id(),
            owner.id(),
            owner.email(),
            owner.displayName(),
            business.legalName(),
            change.from(),
            change.to(),
            change.reasons()));
  }
}
