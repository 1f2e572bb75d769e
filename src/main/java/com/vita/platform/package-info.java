/**
 * Cross-cutting concerns shared by every business component: problem+json errors ({@code
 * problems}), the HTTP edge (request ids, security headers, CORS, body limits: {@code http}),
 * structured logging ({@code logging}), request metrics ({@code metrics}), readiness checks ({@code
 * health}), schema migration ({@code persistence}), the Redis connection ({@code cache}), outgoing
 * e-mail ({@code mail}), the audit log of security-relevant actions ({@code audit}) and production
 * mode, which refuses to start on a local fallback ({@code production}). Business components depend
 * on the platform, never the other way round.
 */
package com.vita.platform;
