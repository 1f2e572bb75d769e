/**
 * Readiness checks for MicroProfile Health ({@code /health/ready}): the database, Redis when
 * configured, and document storage (local root writable, or the S3 bucket answering). Each check
 * answers within its own short timeout so a dead dependency turns readiness DOWN (503) in seconds
 * instead of hanging the probe. Liveness has no checks of its own: a live JVM that serves {@code
 * /health/live} is live.
 */
package com.vita.platform.health;
