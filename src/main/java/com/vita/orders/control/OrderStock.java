package com.vita.orders.control;

import com.vita.catalog.control.StockLedger;
import com.vita.orders.entity.Order;
import com.vita.orders.entity.OrderLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An order's units taken from and given back to the catalogue's stock, summed per product. */
@ApplicationScoped
public class OrderStock {

  @Inject StockLedger ledger;

  /** Gives an order's units back (cancelled, refunded, expired), in the caller's transaction. */
  public void giveBack(Order order, String why) {
    ledger.releaseAll(unitsOf(order), "order " + order.id() + " " + why);
  }

  /** Units per product over several lines: a product on two lines counts once, summed. */
  static Map<UUID, Integer> summed(Collection<Cart.Item> items) {
    Map<UUID, Integer> units = new LinkedHashMap<>();
    items.forEach(item -> units.merge(item.productId(), item.quantity(), Math::addExact));
    return units;
  }

  private static Map<UUID, Integer> unitsOf(Order order) {
    Map<UUID, Integer> units = new LinkedHashMap<>();
    for (OrderLine line : order.lines()) {
      units.merge(line.productId(), line.quantity(), Math::addExact);
    }
    return units;
  }
}
