package com.vita.kyc.control;

/** A verification session a provider opened: its id, where to send the person, its status. */
public record DiditSession(String sessionId, String url, String providerStatus) {}
