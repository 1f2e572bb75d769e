/**
 * KYB (know your business): VITA's own verification of the businesses that sell through it, before
 * a store may take payments. An account submits its business (legal name, tax identifier checked
 * offline by {@link com.vita.kyb.entity.TaxId}, legal representative, activity) with documents kept
 * by platform storage; an admin reviews it. {@link com.vita.kyb.entity.Business} owns the state
 * machine and refuses illegal moves. The use cases are separate classes: {@code BusinessSubmission}
 * (the owner applies, sends documents), {@code BusinessReview} (an admin decides; approval needs
 * the legal representative's identity, asked of the kyc component's {@code KycGate}), {@code
 * BusinessCases} (finding cases), {@code BusinessChanges} (history, audit and the event every move
 * leaves). The token's {@code kyb} claim comes from {@code KybClaims}: approved while any of the
 * owner's businesses is, so a second submission never takes an approved owner back, else the state
 * of the case that changed last. Mail follows the commit. A submission carries at most {@code
 * kyb.max-documents-per-request} documents, each within storage's limit, the whole form within
 * {@code request.multipart-max-bytes}. Applying takes no tax id: any account may apply for one (so
 * no answer says which tax ids are registered and a squatter blocks nobody), admins see the
 * competing claims, and only one case per tax id can be approved; an admin closes (rejects) any
 * open case. Later components ask {@link com.vita.kyb.control.KybGate}. The hourly reminder timer
 * ({@code boundary/KybReminderTimer}) e-mails owners and admins about cases left waiting.
 */
package com.vita.kyb;
