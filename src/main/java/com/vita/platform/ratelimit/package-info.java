/**
 * Rate limits, shared by every instance through Redis when {@code REDIS_URL} is set, in process
 * otherwise. Two kinds:
 *
 * <ul>
 *   <li>{@link com.vita.platform.ratelimit.RateLimitFilter}: every {@code /api/v1} request counts
 *       against its user (when authenticated) or its client address ({@link
 *       com.vita.platform.ratelimit.ClientAddresses}, which honours {@code X-Forwarded-For} only
 *       from trusted proxies), 100 per 15 minutes by default, with {@code RateLimit-*} headers and
 *       a 429 problem with {@code Retry-After}. Health, metrics and OpenAPI are not limited.
 *   <li>{@link com.vita.platform.ratelimit.FailureLimiter}: sensitive actions (login, password
 *       reset) call it to refuse an account from one address after 5 failures in 15 minutes, an
 *       address after 20; {@link com.vita.platform.ratelimit.FailureBackoff} slows an account that
 *       failed from many addresses with a doubling wait instead of locking it.
 * </ul>
 *
 * Windows are fixed and start with a key's first hit; in Redis one Lua script counts and opens the
 * window atomically.
 *
 * <p><b>When Redis fails, the limits fail open:</b> requests go through uncounted, {@code
 * rate_limit_store_errors_total} counts them and a warning is logged at most every 30 seconds.
 * Failing closed would turn a Redis outage into a full API outage for every client, which is worse
 * than the abuse the limits stop for the minutes Redis is away; the outage is visible in readiness,
 * the metric and the log. Falling back to per-instance counts was rejected: it would quietly
 * multiply every budget by the number of instances, through a code path that only runs during
 * outages.
 */
package com.vita.platform.ratelimit;
