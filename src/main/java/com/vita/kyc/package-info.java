/**
 * Identity verification (KYC) through DIDIT: opening a session, its state, DIDIT's signed webhook,
 * the decision summary VITA keeps, and a sandbox for runs without DIDIT. Owns the {@code
 * kyc_verification} table. The account's state is its newest session's (not started without one);
 * it reaches the access token's {@code kyc} claim through {@code KycClaims} and other components
 * through {@code KycGate}.
 *
 * <p>Decisions taken from DIDIT's documentation (docs.didit.me, "Create Session" and "Webhooks"):
 *
 * <ul>
 *   <li>Sessions are created with {@code POST {base}/v3/session/} (the current API; v2 is older),
 *       header {@code x-api-key}, body {@code workflow_id}, {@code vendor_data} (the VITA account
 *       id) and {@code callback}; the answer's {@code session_id}, {@code url} and {@code status}
 *       are kept. DIDIT returns the unfinished session of the same {@code vendor_data} instead of a
 *       new one, so a second initiate reuses the stored row.
 *   <li>Webhooks are verified with {@code X-Signature}: the hex HMAC-SHA256 of the raw body with
 *       the webhook secret, compared in constant time, and {@code X-Timestamp} within {@code
 *       kyc.didit.webhook-tolerance-seconds}. DIDIT also sends {@code X-Signature-V2} and {@code
 *       X-Signature-Simple} for frameworks that re-serialise JSON; VITA reads the raw bytes, so it
 *       uses the strictest one only.
 *   <li>The timestamp is not part of what DIDIT signs, so it does not stop a replay on its own:
 *       VITA remembers the SHA-256 of every accepted body and refuses one seen before (409, nothing
 *       changes). DIDIT retries only 5xx and 404, so a 409 ends the retries of a delivery already
 *       applied.
 * </ul>
 *
 * <p>Decisions where the documentation is silent, or VITA's own:
 *
 * <ul>
 *   <li>Status mapping: Not Started, In Progress, Awaiting User, Resubmitted → {@code pending};
 *       Approved → {@code approved}; In Review → {@code needs_review}; Declined, Abandoned, Expired
 *       → {@code declined} (the session ended without approval; the person may start another).
 *       Deliveries can arrive out of order, so a late "pending" never undoes a decision; only
 *       Resubmitted reopens one. An unknown status is answered 200 and ignored (logged). A report
 *       about an older session updates that session only; the account follows its newest one.
 *   <li>A webhook for a session VITA does not know is answered 200 and ignored: DIDIT retries 404s
 *       and 5xx, and a session this VITA never opened (another environment on the same DIDIT
 *       application) never becomes known. A bad or missing signature or a stale timestamp is 401
 *       problem+json and nothing is read; a signed body that is not JSON with {@code session_id}
 *       and {@code status} is 400.
 *   <li>What is kept of a decision: DIDIT's status, the document type, issuing country ({@code
 *       issuing_state}), the document check's status and the decision time, as a flat map in {@code
 *       kyc_verification.decision}. Never images, names, numbers or dates of birth.
 *   <li>Initiate is allowed from not_started, pending and declined; approved and needs_review
 *       answer 409. DIDIT is called outside any transaction (a slow DIDIT holds no connection),
 *       with a timeout, two retries on network errors, 5xx and 429, and a circuit breaker; when it
 *       fails the answer is 503 with {@code Retry-After}, the breaker's delay (30 s). The delay is
 *       written in milliseconds because Payara ignores the annotation's {@code delayUnit}.
 *   <li>Sandbox: with no {@code kyc.didit.api-key}, sessions are local ({@code sandbox-<uuid>}, a
 *       redirect URL that leads nowhere real) and an admin decides them at {@code POST
 *       /kyc/sandbox/{id}/decision}; that endpoint is 404 when DIDIT is configured. The start-up
 *       log (WARNING), the initiate answer ({@code sandbox: true}) and readiness ({@code kyc}
 *       check, {@code mode}) say so.
 *   <li>Every change of an account's state is audited ({@code kyc.status.change}) and, for a
 *       decision, e-mailed after the transaction commits.
 * </ul>
 */
package com.vita.kyc;
