package com.vita.kyb.entity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reminder the timer recorded; fired in its transaction, mailed after the commit. */
public sealed interface KybReminderDue {

  /** The owner has to finish a draft or send what an admin asked for. */
  record ToOwner(
      String email, String name, String legalName, KybStatus status, Instant since, Instant now)
      implements KybReminderDue {}

  /** One admin's digest of the cases waiting for review too long. */
  record ToAdmin(String email, String name, List<WaitingCase> cases, Instant now)
      implements KybReminderDue {}

  /** A case as the admin digest lists it. */
  record WaitingCase(
      UUID businessId, String legalName, String country, KybStatus status, Instant since) {}
}
