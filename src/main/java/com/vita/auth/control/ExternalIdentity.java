package com.vita.auth.control;

import com.vita.auth.entity.EmailAddress;
import com.vita.platform.security.Role;
import java.util.Set;

/**
 * Who a verified external token says its bearer is, in VITA's terms: the external issuer's wire
 * format (claim names, group spellings) stops at {@link ExternalIdentityProvider}.
 *
 * @param subject the issuer's id of the person ({@code sub}), for logs and the audit trail
 * @param email the normalised e-mail that links the person to a VITA account
 * @param displayName a name for a new account
 * @param roles VITA's roles for the person; always contains the buyer role
 */
public record ExternalIdentity(
    String subject, EmailAddress email, String displayName, Set<Role> roles) {}
