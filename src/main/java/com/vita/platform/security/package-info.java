/**
 * The shared security kernel: {@link com.vita.platform.security.Role} (the JWT {@code groups}
 * values) and {@link com.vita.platform.security.Caller}, the request's verified account and its
 * roles. Components decide ownership through {@code Caller.owns}/{@code mayAccess} and answer 404
 * for things that are not the caller's, so ids cannot be probed. The roles here come from the
 * access token.
 */
package com.vita.platform.security;
