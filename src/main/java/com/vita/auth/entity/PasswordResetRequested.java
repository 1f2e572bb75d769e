package com.vita.auth.entity;

/** Fired inside the transaction that stored a reset token; the mail goes out once it commits. */
public record PasswordResetRequested(EmailAddress email, String displayName, String token) {}
