package com.vita.platform.storage;

import com.vita.platform.production.LocalFallback;
import com.vita.platform.production.MissingSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/** Without {@code STORAGE_S3_BUCKET}, documents go to this instance's disk. */
@ApplicationScoped
public class LocalDiskFallback implements LocalFallback {

  @Inject Config config;

  @Override
  public String name() {
    return "documents on local disk";
  }

  @Override
  public List<MissingSetting> missingSettings() {
    if (StorageSettings.from(config).usesS3()) {
      return List.of();
    }
    return List.of(
        new MissingSetting(
            "STORAGE_S3_BUCKET",
            "uploaded documents are kept on this instance's disk, where no other instance can"
                + " read them and a replaced instance loses them"));
  }
}
