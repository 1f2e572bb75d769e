package com.vita.platform.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an account may do. The lower-case name is the JWT {@code groups} value; the constants are
 * for {@code @RolesAllowed}, which takes only compile-time strings.
 */
public enum Role {
  BUYER,
  SELLER,
  ADMIN;

  public static final String BUYER_CLAIM = "buyer";
  public static final String SELLER_CLAIM = "seller";
  public static final String ADMIN_CLAIM = "admin";

  public String claim() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role a {@code groups} value names, if any (unknown groups are ignored, not errors). */
  public static Optional<Role> ofClaim(String claim) {
    return Arrays.stream(values()).filter(r -> r.claim().equals(claim)).findFirst();
  }
}
