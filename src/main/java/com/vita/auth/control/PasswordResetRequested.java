package com.vita.auth.control;

import com.vita.auth.entity.EmailAddress;

/** Fired inside the transaction that stored a reset token; the mail goes out once it commits. */
public record PasswordResetRequested(EmailAddress email, String displayName, String token) {}
