package com.vita;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API's root: every resource lives under {@code /api/v1}. */
@ApplicationPath("/api/v1")
public class VitaApplication extends Application {}
