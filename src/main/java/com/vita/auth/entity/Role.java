package com.vita.auth.entity;

import java.util.Locale;

/** What an account may do. The lower-case name is the JWT {@code groups} value. */
public enum Role {
  BUYER,
  SELLER,
  ADMIN;

  public String claim() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static final String BUYER_CLAIM = "buyer";
  public static final String SELLER_CLAIM = "seller";
  public static final String ADMIN_CLAIM = "admin";
}
