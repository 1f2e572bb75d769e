package com.vita.platform.http;

import com.vita.platform.production.LocalFallback;
import com.vita.platform.production.MissingSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Without {@code VITA_PUBLIC_BASE_URL}, {@link PublicUrls} points every link at localhost. */
@ApplicationScoped
public class LocalhostLinksFallback implements LocalFallback {

  @Inject
  @ConfigProperty(name = PublicUrls.KEY)
  Optional<String> configured;

  @Override
  public String name() {
    return "links to localhost";
  }

  @Override
  public List<MissingSetting> missingSettings() {
    if (!LocalFallback.isUnset(configured)) {
      return List.of();
    }
    return List.of(
        new MissingSetting(
            "VITA_PUBLIC_BASE_URL",
            "the absolute URLs VITA hands out (a new resource's Location, the documentation's"
                + " redirect, links in e-mails) point at "
                + PublicUrls.LOCAL_DEFAULT));
  }
}
