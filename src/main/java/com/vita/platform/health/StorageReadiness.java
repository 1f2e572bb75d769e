package com.vita.platform.health;

import com.vita.platform.storage.DocumentStorage;
import com.vita.platform.storage.StorageHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when documents can be stored: the local root is writable, or the S3 bucket answers {@code
 * HeadBucket} within 2 seconds.
 */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

  @Inject DocumentStorage storage;

  @Override
  public HealthCheckResponse call() {
    StorageHealth health = storage.health();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("storage").status(health.up()).withData("mode", health.mode());
    if (health.problem() != null) {
      response.withData("error", health.problem());
    }
    return response.build();
  }
}
