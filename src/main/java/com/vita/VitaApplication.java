package com.vita;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The REST API's root: every resource lives under {@code /api/v1}; callers prove who they are with
 * JWTs.
 */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT")
@ApplicationScoped // a CDI bean, so the MP-JWT extension sees @LoginConfig and activates
public class VitaApplication extends Application {}
