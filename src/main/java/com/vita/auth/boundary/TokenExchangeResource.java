package com.vita.auth.boundary;

import com.vita.auth.control.ExternalSignIn;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Token exchange (after RFC 8693): a token of the configured external identity provider (Amazon
 * Cognito) for VITA's own token pair. MicroProfile JWT trusts exactly one issuer, VITA, so external
 * tokens are never accepted as bearer tokens; they are traded here once per session.
 */
@Path("auth/token-exchange")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Auth", description = "Accounts, sessions and profiles")
public class TokenExchangeResource {

  @Inject ExternalSignIn signIn;

  /** The external token; Cognito's are a few kB, 16 kB leaves room for many groups. */
  public record TokenExchange(@NotBlank @Size(max = 16384) String subjectToken) {}

  @POST
  @PermitAll
  @Operation(
      summary =
          "Exchange the external identity provider's token for VITA tokens (404 when none is"
              + " configured)")
  public AuthViews.Tokens exchange(@Valid @NotNull TokenExchange body) {
    return AuthViews.Tokens.of(signIn.exchange(body.subjectToken()));
  }
}
