package com.vita.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The words of VITA's e-mails, kept in resource bundles per component ({@code
 * mail/<bundle>.properties} in Spanish, the markets' language, and {@code
 * mail/<bundle>_en.properties}) instead of code, so they can be reworded or translated without
 * touching logic. Arguments fill {@link MessageFormat} placeholders; a user's text is passed as an
 * argument, never as a pattern.
 */
@ApplicationScoped
public class MailTexts {

  // Without this, a missing translation falls back to the JVM's locale before the base bundle.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Inject
  @ConfigProperty(name = "mail.language", defaultValue = "es")
  String language;

  /** The text {@code key} of {@code bundle} with its placeholders filled. */
  public String text(String bundle, String key, Object... arguments) {
    Locale locale = Locale.forLanguageTag(language);
    String pattern =
        ResourceBundle.getBundle(
                "mail." + bundle, locale, MailTexts.class.getClassLoader(), NO_FALLBACK)
            .getString(key);
    return new MessageFormat(pattern, locale).format(arguments);
  }
}
