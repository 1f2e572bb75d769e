/**
 * Cross-cutting concerns shared by every business component: problem+json errors ({@code
 * problems}), the HTTP edge (request ids, security headers, CORS, body limits: {@code http}),
 * structured logging ({@code logging}), request metrics ({@code metrics}), readiness checks ({@code
 * health}), schema migration ({@code persistence}), the Redis connection ({@code cache}), outgoing
 * e-mail ({@code mail}), the audit log of security-relevant actions ({@code audit}) and production
 * mode, which refuses to start on a local fallback ({@code production}); and the shared kernel: the
 * caller and roles ({@code security}), countries ({@code country}), money ({@code money}), provider
 * calls ({@code providers}), storage. Business components depend on the platform, never the other
 * way round ({@code ArchitectureTest}).
 */
package com.vita.platform;
