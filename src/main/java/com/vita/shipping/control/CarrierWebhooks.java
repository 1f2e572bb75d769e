package com.vita.shipping.control;

import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.shipping.entity.Carrier;
import com.vita.shipping.entity.EventSource;
import com.vita.shipping.entity.Shipment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives a carrier's tracking webhook. The order of checks is the point: the carrier must be one
 * VITA works with (404); its secret must be configured, or every delivery is refused (503, in every
 * mode: there is no unsigned local shortcut, so production fails closed on a forgotten secret while
 * the rest of VITA runs); the signature over the raw bytes must hold (401, nothing read); then the
 * body must be an event (400). A shipment VITA does not know is acknowledged and ignored (a carrier
 * retries errors, and retrying cannot make it known); an event id received before is acknowledged
 * as a duplicate and changes nothing, so a retried delivery is applied once.
 */
@ApplicationScoped
public class CarrierWebhooks {

  /** The secret of carrier {@code c} is {@code shipping.webhook-secret.c}. */
  public static final String SECRET_PREFIX = "shipping.webhook-secret.";

  private static final System.Logger LOG = System.getLogger(CarrierWebhooks.class.getName());

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "shipping.webhook-tolerance-seconds", defaultValue = "300")
  long toleranceSeconds;

  @Inject Carriers carriers;
  @Inject ShipmentEvents events;

  Clock clock = Clock.systemUTC();

  /** What became of a delivery. */
  public enum Outcome {
    APPLIED,
    DUPLICATE,
    IGNORED
  }

  @Transactional
  public Outcome receive(String carrierCode, byte[] body, String signatureHeader) {
    Carrier carrier =
        carriers
            .find(carrierCode)
            .filter(c -> c.code().equals(carrierCode))
            .orElseThrow(() -> new NotFoundProblem("VITA works with no carrier " + carrierCode));
    Optional<String> secret =
        config
            .getOptionalValue(SECRET_PREFIX + carrier.code(), String.class)
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    if (secret.isEmpty()) {
      LOG.log(
          System.Logger.Level.WARNING,
          "{0} webhook refused: {1}{0} is not configured",
          carrier.code(),
          SECRET_PREFIX);
      throw new ProblemException(
          ProblemType.UNAVAILABLE, "Webhooks from " + carrier.name() + " are not configured");
    }
    Optional<String> refusal =
        new WebhookSignature(secret.get(), Duration.ofSeconds(toleranceSeconds))
            .refusal(body, signatureHeader, clock.instant());
    if (refusal.isPresent()) {
      LOG.log(
          System.Logger.Level.WARNING, "{0} webhook refused: {1}", carrier.code(), refusal.get());
      throw new ProblemException(ProblemType.UNAUTHORIZED, "The webhook signature is not valid");
    }
    CarrierEventReport report;
    try {
      report = CarrierEventReport.parse(body);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST,
          "The webhook body is not a tracking event: " + e.getMessage());
    }
    Optional<Shipment> shipment =
        events.lockedByCarrierNumber(carrier.code(), report.trackingNumber());
    if (shipment.isEmpty()) {
      LOG.log(
          System.Logger.Level.INFO,
          "{0} webhook for unknown tracking number {1} ignored",
          carrier.code(),
          report.trackingNumber());
      return Outcome.IGNORED;
    }
    // Under the shipment's row lock: a concurrent delivery of the same event waits, then sees it.
    if (events.knownCarrierEvent(carrier.code(), report.eventId())) {
      return Outcome.DUPLICATE;
    }
    events.record(shipment.get(), report.report(), EventSource.CARRIER, null, report.eventId());
    return Outcome.APPLIED;
  }
}
