package com.vita.auth.boundary;

import com.vita.auth.control.EmailVerifications;
import com.vita.auth.control.SensitiveAttempts;
import com.vita.platform.mail.MailTexts;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.ratelimit.ClientAddresses;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * E-mail verification. Apps send the mailed code to {@code POST} as JSON; the mailed link opens a
 * small confirmation page here ({@code GET}, which changes nothing: mail scanners follow links)
 * whose button posts the same token as a form.
 */
@Path("auth/verify-email")
@RequestScoped
@DenyAll
@Tag(name = "Auth", description = "Accounts, sessions and profiles")
public class EmailVerificationResource {

  @Inject EmailVerifications verifications;
  @Inject SensitiveAttempts sensitive;
  @Inject ClientAddresses clients;
  @Inject MailTexts texts;
  @Inject Caller caller;
  @Context HttpServletRequest http;

  public record Verification(@NotBlank @Size(max = 128) String token) {}

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Verify the account's e-mail with the mailed token (once; 400 when invalid, used or"
              + " expired); a configured admin address becomes admin, in the next token")
  public Response verify(@Valid @NotNull Verification body) {
    redeem(body.token());
    return Response.noContent().build();
  }

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "The confirmation page's button: verifies, answers a page")
  public Response confirm(@FormParam("token") String token) {
    try {
      if (token == null || token.isBlank() || token.length() > 128) {
        return page(Response.Status.BAD_REQUEST, "verify-page.failed", null);
      }
      redeem(token);
      return page(Response.Status.OK, "verify-page.done", null);
    } catch (ProblemException refused) {
      return page(
          Response.Status.fromStatusCode(refused.type().status()), "verify-page.failed", null);
    }
  }

  @GET
  @PermitAll
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "The mailed link: a page asking to confirm (changes nothing by itself)")
  public Response page(@QueryParam("token") String token) {
    if (token == null || token.isBlank() || token.length() > 128) {
      return page(Response.Status.BAD_REQUEST, "verify-page.failed", null);
    }
    return page(Response.Status.OK, "verify-page.prompt", token);
  }

  @POST
  @Path("resend")
  @Consumes(MediaType.WILDCARD) // no body
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "Mail a new verification link (ends the earlier ones); 409 when verified, 429 past the"
              + " hourly limit")
  public Response resend() {
    verifications.resend(caller.id());
    return Response.accepted().build();
  }

  private void redeem(String token) {
    sensitive.attempt(
        "verify-email", List.of(clients.clientOf(http)), () -> verifications.verify(token));
  }

  /** A page without scripts or styles (the API's CSP allows neither); the token HTML-escaped. */
  private Response page(Response.Status status, String message, String token) {
    String title = escaped(texts.text("auth", "verify-page.title"));
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .append(title)
            .append("</title></head><body><h1>")
            .append(title)
            .append("</h1><p>")
            .append(escaped(texts.text("auth", message)))
            .append("</p>");
    if (token != null) {
      html.append("<form method=\"post\"><input type=\"hidden\" name=\"token\" value=\"")
          .append(escaped(token))
          .append("\"><button type=\"submit\">")
          .append(escaped(texts.text("auth", "verify-page.button")))
          .append("</button></form>");
    }
    html.append("</body></html>");
    return Response.status(status)
        .type(MediaType.TEXT_HTML + ";charset=utf-8")
        .header("Cache-Control", "no-store")
        .entity(html.toString())
        .build();
  }

  static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
