/**
 * Idempotency keys for any POST that must not happen twice (checkout now, payments next): {@link
 * com.vita.platform.idempotency.IdempotentRequests} keeps the first successful response with a hash
 * of the request in the same transaction as its effect and replays it to retries, refusing a reused
 * key for another request (422) and a concurrent duplicate (409). Generic: it knows nothing of
 * orders.
 */
package com.vita.platform.idempotency;
