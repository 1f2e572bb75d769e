/**
 * Production mode, which fails closed. Locally VITA stands in for every outside system that is not
 * configured (the KYC sandbox, mail written to the log, documents on local disk, in-process state
 * instead of Redis, a signing key the launcher generates), so a fresh clone runs with nothing set.
 * In production each of those stand-ins is a fault: a sandbox approves nobody for real, a reset
 * token in the log is a secret in the log, per-instance state splits the logout deny-list and the
 * rate limits across instances.
 *
 * <ul>
 *   <li><b>One switch.</b> {@code VITA_ENV=production} ({@link
 *       com.vita.platform.production.DeploymentMode}); any other value, or none, is local.
 *   <li><b>Each component says what it would fall back to.</b> A component that has a stand-in
 *       implements {@link com.vita.platform.production.LocalFallback} next to the code that makes
 *       the choice, and lists the settings whose absence engages it. The platform never imports a
 *       component; it collects every implementation through CDI, so a new component (payments'
 *       sandbox providers) only adds one.
 *   <li><b>Refused before anything happens.</b> {@link
 *       com.vita.platform.production.ProductionGuard} is a start-up singleton that runs before the
 *       schema migration. In production, if any fallback is engaged, it logs one ERROR line per
 *       missing setting and a summary, and fails the deployment. Payara Micro then keeps running
 *       without the application and answers every health endpoint, liveness included, with 503
 *       ({@code No Application deployed}), so an orchestrator replaces the instance; the launcher
 *       of the run command and the tests stops it and exits with the lines.
 *   <li><b>Labelled locally.</b> Without the switch the stand-ins stay as they are, and the guard
 *       logs one WARNING naming all of them.
 * </ul>
 */
package com.vita.platform.production;
