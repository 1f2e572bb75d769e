package com.vita.kyc.entity;

import java.util.UUID;

/** Fired inside the transaction that changed an account's KYC state; mail follows the commit. */
public record KycStatusChanged(
    UUID accountId, String email, String displayName, KycStatus from, KycStatus to) {}
