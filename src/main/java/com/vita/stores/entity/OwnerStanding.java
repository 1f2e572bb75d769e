package com.vita.stores.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * What activation asks of a store's owner, as other components know it: a business verified by VITA
 * (KYB approved) and an e-mail address the owner proved to hold.
 */
public record OwnerStanding(boolean kybApproved, boolean emailVerified) {

  static final String KYB_MISSING = "the owner's business is not verified (KYB approval needed)";
  static final String EMAIL_MISSING = "the owner's e-mail address is not verified";

  /** Why the owner may not activate a store yet, empty when nothing is missing. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>(2);
    if (!kybApproved) {
      missing.add(KYB_MISSING);
    }
    if (!emailVerified) {
      missing.add(EMAIL_MISSING);
    }
    return missing;
  }
}
