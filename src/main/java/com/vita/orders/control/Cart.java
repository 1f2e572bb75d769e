package com.vita.orders.control;

import com.vita.orders.entity.ShippingAddress;
import java.util.List;
import java.util.UUID;

/**
 * What a buyer checks out: products and quantities (of any stores, a product may appear on several
 * lines), where to send them, and the shipping method chosen for each store's parcel.
 */
public record Cart(List<Item> items, ShippingAddress address, List<ShippingPick> shipping) {

  public record Item(UUID productId, int quantity) {}

  public record ShippingPick(UUID storeId, long methodId) {}

  public Cart {
    items = List.copyOf(items);
    shipping = List.copyOf(shipping);
  }
}
