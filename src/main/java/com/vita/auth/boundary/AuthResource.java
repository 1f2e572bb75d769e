package com.vita.auth.boundary;

import com.vita.auth.control.Accounts;
import com.vita.auth.control.ComponentClaims;
import com.vita.auth.control.DeniedAccessTokens;
import com.vita.auth.control.PasswordResets;
import com.vita.auth.control.SensitiveAttempts;
import com.vita.auth.control.Sessions;
import com.vita.auth.control.Usernames;
import com.vita.auth.entity.Account;
import com.vita.auth.entity.EmailAddress;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.ratelimit.ClientAddresses;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts and sessions: register, log in, refresh, log out, and the caller's own profile. */
@Path("auth")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Auth", description = "Accounts, sessions and profiles")
public class AuthResource {

  @Inject Accounts accounts;
  @Inject ComponentClaims claims;
  @Inject Sessions sessions;
  @Inject Usernames usernames;
  @Inject DeniedAccessTokens deniedTokens;
  @Inject PasswordResets passwordResets;
  @Inject AuditTrail audit;
  @Inject SensitiveAttempts sensitive;
  @Inject ClientAddresses clients;
  @Inject Caller caller;
  @Context HttpServletRequest http;

  @POST
  @Path("register")
  @PermitAll
  @Transactional
  @Operation(
      summary =
          "Create a buyer account and log it in ({name} or seed 000's {firstName, lastName});"
              + " a verification link is mailed")
  public Response register(@Valid @NotNull Credentials.Registration body) {
    Account account =
        accounts.register(
            EmailAddress.normalised(body.email()),
            body.password().toCharArray(),
            body.personName());
    return Response.status(Response.Status.CREATED)
        .entity(AuthViews.Tokens.of(sessions.open(account)))
        .build();
  }

  @POST
  @Path("login")
  @PermitAll
  @Operation(summary = "Exchange e-mail and password for an access and a refresh token")
  public AuthViews.Tokens login(@Valid @NotNull Credentials.Login body) {
    EmailAddress email = EmailAddress.normalised(body.email());
    Account account =
        sensitive.attempt(
            "login",
            List.of(clients.clientOf(http), SensitiveAttempts.accountKey(email.value())),
            () -> accounts.authenticate(email, body.password().toCharArray()));
    return AuthViews.Tokens.of(sessions.open(account));
  }

  @POST
  @Path("refresh")
  @PermitAll
  @Operation(summary = "Spend a refresh token for a new pair; a reused one ends the session")
  public AuthViews.Tokens refresh(@Valid @NotNull Credentials.Refresh body) {
    return AuthViews.Tokens.of(sessions.rotate(body.refreshToken()));
  }

  @POST
  @Path("logout")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "Revoke this access token and, when given, the session of the refresh token")
  public Response logout(@Valid Credentials.Logout body) {
    if (body != null && body.refreshToken() != null && !body.refreshToken().isBlank()) {
      sessions.close(callerId(), body.refreshToken());
    }
    deniedTokens.deny(caller.tokenId(), caller.tokenExpiresAt(), Instant.now());
    audit.record("auth.logout", callerId(), callerId().toString(), Map.of());
    return Response.noContent().build();
  }

  @POST
  @Path("forgot-password")
  @PermitAll
  @Operation(summary = "E-mail a one-time reset link; the answer is the same for unknown e-mails")
  public Response forgotPassword(@Valid @NotNull Credentials.ForgotPassword body) {
    EmailAddress email = EmailAddress.normalised(body.email());
    sensitive.counted(
        "forgot-password",
        List.of(clients.clientOf(http), SensitiveAttempts.accountKey(email.value())),
        () -> passwordResets.request(email));
    return Response.accepted().build();
  }

  @POST
  @Path("reset-password")
  @PermitAll
  @Operation(summary = "Set a new password with the e-mailed token; ends every session")
  public Response resetPassword(@Valid @NotNull Credentials.PasswordReset body) {
    sensitive.attempt(
        "reset-password",
        List.of(clients.clientOf(http)),
        () -> {
          passwordResets.reset(body.token(), body.password().toCharArray());
          return null;
        });
    return Response.noContent().build();
  }

  @GET
  @Path("profile")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "The caller's profile")
  public AuthViews.Profile profile() {
    return profile(accounts.get(callerId()));
  }

  @PUT
  @Path("profile")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "Change the caller's display name")
  public AuthViews.Profile updateProfile(@Valid @NotNull Credentials.ProfileChange body) {
    return profile(accounts.rename(callerId(), body.name()));
  }

  @POST
  @Path("seller")
  @Consumes(MediaType.WILDCARD) // no body
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "Become a seller too (takes effect in the next access token)")
  public AuthViews.Profile becomeSeller() {
    return profile(accounts.becomeSeller(callerId()));
  }

  @PUT
  @Path("username")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "Change the caller's username (400 malformed or reserved, 409 taken or locked once a"
              + " store is public)")
  public AuthViews.Profile changeUsername(@Valid @NotNull Credentials.UsernameChange body) {
    return profile(usernames.change(callerId(), body.username()));
  }

  private UUID callerId() {
    return caller.id();
  }

  private AuthViews.Profile profile(Account account) {
    return AuthViews.Profile.of(account, claims.of(account.id()));
  }
}
