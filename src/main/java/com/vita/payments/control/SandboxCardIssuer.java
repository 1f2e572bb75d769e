package com.vita.payments.control;

import com.vita.payments.entity.VirtualCard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A pretend card issuer: the card says {@code provider: sandbox}, its last four digits come from
 * the holder's id (so asking again gives the same), it expires in three years, and no card exists
 * anywhere. Production never issues one ({@link VirtualCards} refuses there).
 */
@ApplicationScoped
public class SandboxCardIssuer implements VirtualCardIssuer {

  static final String PROVIDER = "sandbox";

  Clock clock = Clock.systemUTC();

  @Override
  public boolean sandbox() {
    return true;
  }

  @Override
  public VirtualCard.Issued issue(UUID holderId) {
    long digits = Math.floorMod(holderId.getLeastSignificantBits(), 10_000L);
    ZonedDateTime expiry = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)).plusYears(3);
    return new VirtualCard.Issued(
        PROVIDER,
        "sandbox_card_" + holderId.toString().replace("-", ""),
        "VISA",
        String.format("%04d", digits),
        expiry.getMonthValue(),
        expiry.getYear());
  }
}
