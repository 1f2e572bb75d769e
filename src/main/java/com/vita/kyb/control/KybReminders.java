package com.vita.kyb.control;

import com.vita.auth.control.AccountCard;
import com.vita.auth.control.AccountDirectory;
import com.vita.kyb.entity.Business;
import com.vita.kyb.entity.KybReminder;
import com.vita.kyb.entity.KybReminder.Kind;
import com.vita.kyb.entity.KybReminderDue;
import com.vita.kyb.entity.KybReminderDue.WaitingCase;
import com.vita.kyb.entity.KybStatus;
import com.vita.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the KYB cases that wait too long ({@link ReminderPolicy}), records a reminder per e-mail
 * and fires {@link KybReminderDue} for the mail that follows the commit. The time is a parameter,
 * so the timer passes the clock's and tests pass theirs.
 *
 * <p>Runs once across VITA instances: a run holds a PostgreSQL transaction-level advisory lock, and
 * an instance that finds it taken skips its run instead of waiting. A run that starts after another
 * committed sees its records and finds nothing left to send. Records and mail share one fate: the
 * mail goes only when the records are committed.
 */
@ApplicationScoped
public class KybReminders {

  /** The advisory lock key of reminder runs: "VITAKYB" in ASCII. */
  public static final long LOCK_KEY = 0x56_49_54_41_4B_59_42L;

  private static final System.Logger LOG = System.getLogger(KybReminders.class.getName());
  private static final List<KybStatus> OWNER_MUST_ACT =
      List.of(KybStatus.DRAFT, KybStatus.MORE_INFO_REQUESTED);
  private static final List<KybStatus> ADMIN_MUST_ACT =
      List.of(KybStatus.SUBMITTED, KybStatus.IN_REVIEW);

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject AccountDirectory accounts;
  @Inject Event<KybReminderDue> reminders;

  @Inject
  @ConfigProperty(name = "kyb.reminders.owner-after-days", defaultValue = "3")
  int ownerAfterDays;

  @Inject
  @ConfigProperty(name = "kyb.reminders.review-after-days", defaultValue = "2")
  int reviewAfterDays;

  @Inject
  @ConfigProperty(name = "kyb.reminders.repeat-days", defaultValue = "3")
  int repeatDays;

  @Inject
  @ConfigProperty(name = "kyb.reminders.max-per-status", defaultValue = "3")
  int maxPerStatus;

  @Inject
  @ConfigProperty(name = "kyb.reminders.batch-size", defaultValue = "200")
  int batchSize;

  private ReminderPolicy policy;

  /** What one run did; {@code ran} is false when another instance held the lock. */
  public record Run(boolean ran, int ownerReminders, int casesAwaitingReview, int adminsNudged) {
    static final Run SKIPPED = new Run(false, 0, 0, 0);
  }

  @PostConstruct
  void configure() {
    policy = ReminderPolicy.ofDays(ownerAfterDays, reviewAfterDays, repeatDays, maxPerStatus);
  }

  /** Sends what is due at {@code now}, at most {@code kyb.reminders.batch-size} cases a kind. */
  @Transactional
  public Run sendDue(Instant now) {
    if (!lockTaken()) {
      LOG.log(System.Logger.Level.INFO, "KYB reminders: another instance is running them");
      return Run.SKIPPED;
    }
    int owners = remindOwners(now);
    List<Business> waiting =
        due(
            Kind.REVIEW,
            ADMIN_MUST_ACT,
            policy.reviewDueIfWaitingSince(now),
            Integer.MAX_VALUE,
            now);
    int admins = waiting.isEmpty() ? 0 : nudgeAdmins(waiting, now);
    Run run = new Run(true, owners, admins == 0 ? 0 : waiting.size(), admins);
    LOG.log(
        System.Logger.Level.INFO,
        "KYB reminders at {0}: {1} owner(s) reminded, {2} waiting case(s) brought to {3} admin(s)",
        now,
        run.ownerReminders(),
        run.casesAwaitingReview(),
        run.adminsNudged());
    return run;
  }

  /** The reminders recorded about one case, oldest first. */
  public List<KybReminder> sentAbout(UUID businessId) {
    return entityManager
        .createNamedQuery(KybReminder.OF_BUSINESS, KybReminder.class)
        .setParameter("business", businessId)
        .getResultList();
  }

  private boolean lockTaken() {
    Object taken =
        entityManager
            .createNativeQuery("select pg_try_advisory_xact_lock(?1)")
            .setParameter(1, LOCK_KEY)
            .getSingleResult();
    return Boolean.TRUE.equals(taken);
  }

  private int remindOwners(Instant now) {
    List<Business> due =
        due(Kind.OWNER, OWNER_MUST_ACT, policy.ownerDueIfWaitingSince(now), maxPerStatus, now);
    for (Business business : due) {
      AccountCard owner = accounts.get(business.ownerAccountId());
      record(business, Kind.OWNER, owner.email(), now);
      reminders.fire(
          new KybReminderDue.ToOwner(
              owner.email(),
              owner.displayName(),
              business.legalName(),
              business.status(),
              business.statusSince(),
              now));
    }
    return due.size();
  }

  private int nudgeAdmins(List<Business> waiting, Instant now) {
    List<AccountCard> admins = accounts.withRole(Role.ADMIN);
    if (admins.isEmpty()) {
      // Nothing recorded: the cases are due again on the next run, when an admin may exist.
      LOG.log(System.Logger.Level.WARNING, "KYB cases wait for review but there is no admin");
      return 0;
    }
    List<WaitingCase> cases =
        waiting.stream()
            .map(
                b ->
                    new WaitingCase(
                        b.id(), b.legalName(), b.taxId().country(), b.status(), b.statusSince()))
            .toList();
    for (AccountCard admin : admins) {
      waiting.forEach(b -> record(b, Kind.REVIEW, admin.email(), now));
      reminders.fire(new KybReminderDue.ToAdmin(admin.email(), admin.displayName(), cases, now));
    }
    return admins.size();
  }

  private List<Business> due(
      Kind kind, List<KybStatus> statuses, Instant waitingSince, int maxPerStatus, Instant now) {
    return entityManager
        .createNamedQuery(Business.DUE_REMINDER, Business.class)
        .setParameter("statuses", statuses)
        .setParameter("waitingSince", waitingSince)
        .setParameter("kind", kind)
        .setParameter("tooRecentAfter", policy.tooRecentAfter(now))
        .setParameter("maxPerStatus", (long) maxPerStatus)
        .setMaxResults(batchSize)
        .getResultList();
  }

  private void record(Business business, Kind kind, String recipient, Instant now) {
    entityManager.persist(new KybReminder(business, kind, recipient, now));
  }
}
