/**
 * The audit log of security-relevant actions: who ({@code actor_id}) did what ({@code action}, e.g.
 * {@code auth.login.failure}) to what ({@code subject}), from where ({@code ip}, {@code
 * request_id}), with a few facts ({@code details}, JSON). Table {@code audit_event}, created by
 * {@code V3__audit_log.sql}.
 *
 * <p>Components call {@link com.vita.platform.audit.AuditTrail#record AuditTrail.record(action,
 * actorId, subject, details)}, or fire an {@link com.vita.platform.audit.AuditedAction} CDI event,
 * which is recorded in the same way. Decisions:
 *
 * <ul>
 *   <li><b>The action's transaction.</b> A record joins the caller's transaction (one connection
 *       per request; {@code REQUIRES_NEW} doubled pool use on every registration), so it commits
 *       with the action it describes; a refusal recorded before a throw survives through {@code
 *       dontRollbackOn}. A record that cannot be written throws, so an audited action does not go
 *       ahead unaudited.
 *   <li><b>No secrets.</b> Details must never hold passwords, tokens, reset codes or card data.
 *       Keys that look like them ({@code password}, {@code *token*}, {@code secret}, ...) are
 *       dropped before writing, with a warning. Use a hash or an id as the subject, not an e-mail
 *       address.
 *   <li><b>Database and log.</b> The row is what operators query; one line on the {@code
 *       com.vita.audit} logger (JSON, with the request id) lets log pipelines alert without
 *       database access.
 *   <li><b>Append only.</b> VITA inserts rows and never updates them. Retention (deleting old rows)
 *       is an operations job, not application code.
 *   <li><b>Client address.</b> The address is the TCP peer ({@code getRemoteAddr()}). Behind a
 *       proxy this is the proxy's address until trusted-proxy settings exist.
 * </ul>
 */
package com.vita.platform.audit;
