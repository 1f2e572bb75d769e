/**
 * Outgoing e-mail. Components inject {@link com.vita.platform.mail.Mailer} and call {@code
 * send(OutgoingMail.text(to, subject, text))}, optionally {@code .withHtml(html)}; that is the
 * whole API.
 *
 * <ul>
 *   <li><b>SMTP from configuration.</b> With {@code MAIL_SMTP_HOST} set, mail goes through Jakarta
 *       Mail to that server ({@code MAIL_SMTP_PORT}, credentials, STARTTLS required by default,
 *       timeouts). The session is built in code from MicroProfile Config, so the server needs no
 *       mail resource. Jakarta Mail's implementation (Angus Mail) comes with Payara, and the WAR
 *       ships none.
 *   <li><b>Log only without it.</b> Local runs write each mail to the log as one INFO line marked
 *       {@code [mail: log only, no SMTP configured]}, so a developer can follow a reset link.
 *   <li><b>Never on the request's time.</b> {@code send} hands the mail to the container's managed
 *       executor and returns at once. It uses the executor rather than a CDI async event because
 *       sending is a command with exactly one handler, and managed threads keep the application's
 *       class loader, which Jakarta Mail needs to find its provider. A failure is logged with the
 *       recipient's domain only and counted in {@code mail_sent_total{result}} ({@code sent},
 *       {@code failed}, {@code logged}). It is never thrown to the caller. There is no retry yet.
 *   <li><b>Send after commit.</b> {@code send} does not wait for the caller's transaction. When a
 *       mail announces something that the transaction creates (a new account, a reset token), send
 *       it from an {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} observer, so a
 *       rolled-back transaction sends nothing.
 *   <li><b>Safe input.</b> {@link com.vita.platform.mail.OutgoingMail} refuses line breaks in the
 *       address and subject (no header injection). Every part is UTF-8.
 * </ul>
 */
package com.vita.platform.mail;
