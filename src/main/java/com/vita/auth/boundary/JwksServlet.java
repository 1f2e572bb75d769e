package com.vita.auth.boundary;

import com.vita.auth.control.SigningKey;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Publishes the public key of VITA's access tokens as a JWK set, where OIDC clients look. */
@WebServlet("/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {

  @Inject SigningKey signingKey;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/jwk-set+json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.getWriter().write(signingKey.publicJwkSet());
  }
}
