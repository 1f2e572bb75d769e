package com.vita.auth.control;

import java.time.Duration;
import java.util.UUID;

/** What a successful login, registration or refresh hands the client. */
public record TokenPair(
    UUID accountId, String accessToken, String refreshToken, Duration expiresIn) {}
