package com.vita;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The REST API's root: every resource lives under {@code /api/v1}; callers prove who they are with
 * JWTs. No WADL: {@code OPTIONS} answers with {@code Allow} only and {@code
 * /api/v1/application.wadl} does not exist (it named the Jersey build, every route and the caller's
 * {@code Host}, and logged a SEVERE trace per request); the API is described by {@code /openapi}.
 * Jersey reads this only from the application's properties, not from {@code web.xml}.
 */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT")
@ApplicationScoped // a CDI bean, so the MP-JWT extension sees @LoginConfig and activates
public class VitaApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
