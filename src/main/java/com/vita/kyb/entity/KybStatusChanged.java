package com.vita.kyb.entity;

import java.util.UUID;

/**
 * Fired inside the transaction that moved a business verification; mail follows the commit. Later
 * components (the reminder timer, sellers' onboarding) may observe it too.
 */
public record KybStatusChanged(
    UUID businessId,
    UUID ownerAccountId,
    String ownerEmail,
    String ownerName,
    String legalName,
    KybStatus from,
    KybStatus to,
    String reasons) {}
