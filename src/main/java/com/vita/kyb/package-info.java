/**
 * KYB (know your business): VITA's own verification of the businesses that sell through it, before
 * a store may take payments. An account submits its business (legal name, tax identifier checked
 * offline by {@link com.vita.kyb.entity.TaxId}, legal representative, activity) with documents kept
 * by platform storage; an admin reviews it. {@link com.vita.kyb.entity.Business} owns the state
 * machine and refuses illegal moves; approval needs the legal representative's KYC, which is read
 * through the auth component's {@code Accounts}, never its tables. Every change leaves a history
 * row, an audit event, the owner account's {@code kyb_status} (the token's {@code kyb} claim: the
 * strongest across the owner's businesses, approved while any is, so a second submission never
 * takes an approved owner back) and an e-mail after commit. A submission carries at most {@code
 * kyb.max-documents-per-request} documents, each within storage's limit, the whole form within
 * {@code request.multipart-max-bytes}. Later components ask {@link com.vita.kyb.control.KybGate}.
 * The reminder timer is not here yet; the timestamps it needs are.
 */
package com.vita.kyb;
