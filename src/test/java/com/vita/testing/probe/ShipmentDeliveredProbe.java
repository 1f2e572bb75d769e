package com.vita.testing.probe;

import com.vita.shipping.control.ShipmentDelivered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for orders' observer of {@link ShipmentDelivered}: remembers each event as {@code
 * orderId trackingId deliveredAt}, so a test sees what was fired and how often.
 */
@ApplicationScoped
public class ShipmentDeliveredProbe {

  private final List<String> seen = new CopyOnWriteArrayList<>();

  void on(@Observes ShipmentDelivered delivered) {
    seen.add(delivered.orderId() + " " + delivered.trackingId() + " " + delivered.deliveredAt());
  }

  List<String> seen() {
    return List.copyOf(seen);
  }
}
