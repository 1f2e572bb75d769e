package com.vita.payments.control;

import com.vita.payments.entity.VirtualCard;
import java.util.UUID;

/**
 * Who issues sellers' virtual VISA cards. Cregis, which seed 000 names for it, documents no card
 * API, so the only implementation is the labelled {@link SandboxCardIssuer}; a real issuer plugs in
 * here without the endpoint or the table changing. An interface for an outside boundary, as
 * CONVENTIONS.md rule 1 allows.
 */
public interface VirtualCardIssuer {

  /** Whether this issuer only pretends (no card exists anywhere). */
  boolean sandbox();

  /**
   * Issues a card for the account, idempotently: asked twice for one holder it answers the same.
   */
  VirtualCard.Issued issue(UUID holderId);
}
