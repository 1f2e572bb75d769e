package com.vita.auth.boundary;

import com.vita.auth.control.Accounts;
import com.vita.auth.control.ComponentClaims;
import com.vita.auth.entity.Account;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators set other accounts' roles. */
@Path("admin/accounts")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operator actions")
public class AccountRolesResource {

  @Inject Accounts accounts;
  @Inject ComponentClaims claims;
  @Inject Caller caller;

  /** The new role set; the buyer role is always kept. */
  public record RolesChange(
      @NotEmpty Set<@NotNull @Pattern(regexp = "buyer|seller|admin") String> roles) {}

  @PUT
  @Path("{accountId}/roles")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "Set an account's roles (never the caller's own)")
  public AuthViews.Profile setRoles(
      @PathParam("accountId") UUID accountId, @Valid @NotNull RolesChange body) {
    Set<Role> roles =
        body.roles().stream()
            .map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT)))
            .collect(Collectors.toSet());
    return profile(accounts.assignRoles(caller.id(), accountId, roles));
  }

  private AuthViews.Profile profile(Account account) {
    return AuthViews.Profile.of(account, claims.of(account.id()));
  }
}
