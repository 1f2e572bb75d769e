package com.vita.auth.entity;

/**
 * Fired inside the transaction that stored a verification token; the mail goes out once it commits.
 */
public record EmailVerificationRequested(EmailAddress email, String displayName, String token) {}
