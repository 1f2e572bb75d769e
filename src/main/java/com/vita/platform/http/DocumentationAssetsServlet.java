package com.vita.platform.http;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

/**
 * The two Swagger UI files VITA's documentation page ({@code /openapi-ui/}) loads, served from the
 * swagger-ui webjar at {@code /openapi-ui/swagger-ui/<file>}. The container would serve the whole
 * webjar at {@code /webjars/...}, a second, unconfigured Swagger UI outside the operators' filter:
 * this servlet is mapped there too and answers 404, so only VITA's page exists. It also answers the
 * bare {@code /openapi-ui}, whose redirect the container would build from the request's {@code
 * Host}.
 */
public class DocumentationAssetsServlet extends HttpServlet {

  static final String PAGE = "/openapi-ui";
  static final String ASSETS = "/openapi-ui/swagger-ui";
  private static final String WEBJAR = "/webjars/swagger-ui/";
  private static final Map<String, String> FILES =
      Map.of(
          "swagger-ui.css", "text/css;charset=UTF-8",
          "swagger-ui-bundle.js", "text/javascript;charset=UTF-8");

  @Inject PublicUrls urls;

  private String webjarVersionDir;

  @Override
  public void init() throws ServletException {
    // The webjar's only folder is its version: found here, so a dependency bump changes nothing.
    Set<String> versions = getServletContext().getResourcePaths(WEBJAR);
    if (versions == null || versions.size() != 1) {
      throw new ServletException(
          "Expected one swagger-ui webjar under " + WEBJAR + ": " + versions);
    }
    webjarVersionDir = versions.iterator().next();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (PAGE.equals(request.getServletPath()) && request.getPathInfo() == null) {
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader("Location", urls.of(PAGE + "/").toString());
      return;
    }
    String file = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    String mediaType = FILES.get(file);
    if (!ASSETS.equals(request.getServletPath()) || mediaType == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream content = getServletContext().getResourceAsStream(webjarVersionDir + file)) {
      if (content == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType(mediaType);
      content.transferTo(response.getOutputStream());
    }
  }
}
