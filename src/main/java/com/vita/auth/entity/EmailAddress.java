package com.vita.auth.entity;

import java.util.Locale;

/**
 * An e-mail address as VITA stores it: trimmed and lower-cased, so one mailbox is one account
 * whatever the capitalisation it was typed with. Which addresses are acceptable is decided at the
 * boundary (ASCII only: look-alike Unicode addresses are refused there).
 */
public record EmailAddress(String value) {

  public static EmailAddress normalised(String raw) {
    return new EmailAddress(raw.trim().toLowerCase(Locale.ROOT));
  }

  /** The domain only, for logs that must not carry the whole address. */
  public String domain() {
    return value.substring(value.indexOf('@') + 1);
  }
}
