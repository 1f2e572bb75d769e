package com.vita.orders.control;

import com.vita.catalog.control.ProductOffer;
import com.vita.catalog.control.ProductOffers;
import com.vita.catalog.control.StockLedger;
import com.vita.orders.entity.LineDraft;
import com.vita.orders.entity.Order;
import com.vita.orders.entity.ShippingChoice;
import com.vita.platform.country.CountryCode;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.shipping.control.QuotedShipping;
import com.vita.shipping.control.ShippingCatalog;
import com.vita.shipping.control.ShippingItem;
import com.vita.stores.control.StoreCard;
import com.vita.stores.control.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a cart into one pending order per store under one checkout id, in one transaction: prices
 * from the catalogue now, each store's parcel quoted by its chosen shipping method, the tax of the
 * store's country included, and the stock of every product of the cart reserved at once through
 * {@link StockLedger#reserveAll} (summed per product, in a fixed lock order). Anything wrong (a
 * product not on sale, a store that does not sell, a destination the store does not ship to, too
 * little stock) refuses the whole cart and leaves nothing behind.
 */
@ApplicationScoped
public class Checkout {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject ProductOffers offers;
  @Inject StoreDirectory stores;
  @Inject ShippingCatalog shipping;
  @Inject TaxRates taxRates;
  @Inject StockLedger ledger;
  @Inject OrderEvents events;

  @Inject
  @ConfigProperty(name = "orders.payment-timeout", defaultValue = "PT30M")
  Duration paymentTimeout;

  Clock clock = Clock.systemUTC();

  /** The orders of one checkout, one per store, in the order their stores first appear. */
  public record Placed(UUID checkoutId, List<Order> orders) {}

  @Transactional(Transactional.TxType.REQUIRED)
  public Placed place(UUID buyerId, Cart cart) {
    if (cart.items().isEmpty()) {
      throw ProblemException.invalidField("items", "a cart holds at least one item");
    }
    Map<UUID, Integer> units = OrderStock.summed(cart.items());
    Map<UUID, ProductOffer> onSale = offers.onSale(units.keySet());
    Map<UUID, List<Cart.Item>> byStore = new LinkedHashMap<>();
    for (Cart.Item item : cart.items()) {
      ProductOffer offer = onSale.get(item.productId());
      if (offer == null) {
        throw unprocessable("Product " + item.productId() + " is not on sale");
      }
      byStore.computeIfAbsent(offer.storeId(), s -> new ArrayList<>()).add(item);
    }
    Map<UUID, Long> methods = chosenMethods(cart, byStore.keySet());
    CountryCode destination = CountryCode.of(cart.address().country());
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    UUID checkoutId = UUID.randomUUID();
    List<Order> orders = new ArrayList<>();
    for (Map.Entry<UUID, List<Cart.Item>> store : byStore.entrySet()) {
      StoreCard card = sellingStore(store.getKey(), destination);
      List<LineDraft> lines = new ArrayList<>();
      List<ShippingItem> parcel = new ArrayList<>();
      for (Cart.Item item : store.getValue()) {
        ProductOffer offer = onSale.get(item.productId());
        lines.add(
            new LineDraft(offer.id(), offer.sku(), offer.name(), item.quantity(), offer.price()));
        parcel.add(
            new ShippingItem(
                offer.weightGrams(),
                offer.lengthCm(),
                offer.widthCm(),
                offer.heightCm(),
                item.quantity()));
      }
      QuotedShipping quote =
          quote(methods.get(card.id()), destination, cart.address().region(), parcel);
      orders.add(
          Order.place(
              checkoutId,
              new Order.Parties(card.id(), card.ownerId(), buyerId),
              lines,
              new ShippingChoice(quote.methodId(), quote.carrier(), quote.service(), quote.price()),
              cart.address(),
              taxRates.of(card.country()),
              now,
              now.plus(paymentTimeout)));
    }
    for (Order order : orders) {
      entityManager.persist(order);
      events.changed(order, null, now);
    }
    entityManager.flush();
    // Last, after the orders' rows are written: a hot product's row stays locked from here to the
    // commit only, not while the orders are inserted. Short of stock, all of it rolls back.
    ledger.reserveAll(units, "checkout " + checkoutId);
    return new Placed(checkoutId, orders);
  }

  /** The method chosen per store of the cart: exactly one for each, none for another store. */
  private static Map<UUID, Long> chosenMethods(Cart cart, java.util.Set<UUID> storesInCart) {
    Map<UUID, Long> methods = new LinkedHashMap<>();
    for (Cart.ShippingPick pick : cart.shipping()) {
      if (!storesInCart.contains(pick.storeId())) {
        throw unprocessable("Store " + pick.storeId() + " has nothing in the cart to ship");
      }
      if (methods.put(pick.storeId(), pick.methodId()) != null) {
        throw unprocessable("Choose one shipping method for store " + pick.storeId());
      }
    }
    for (UUID store : storesInCart) {
      if (!methods.containsKey(store)) {
        throw unprocessable("Choose a shipping method for store " + store);
      }
    }
    return methods;
  }

  private StoreCard sellingStore(UUID storeId, CountryCode destination) {
    StoreCard card =
        stores
            .find(storeId)
            .filter(StoreCard::active)
            .orElseThrow(() -> unprocessable("Store " + storeId + " does not take orders"));
    if (!card.country().equals(destination)) {
      throw unprocessable(
          "Store "
              + card.name()
              + " ships within "
              + card.country()
              + " only, not to "
              + destination);
    }
    return card;
  }

  private QuotedShipping quote(
      long methodId, CountryCode destination, String region, List<ShippingItem> parcel) {
    try {
      return shipping.quote(methodId, destination, region, parcel);
    } catch (NotFoundProblem e) {
      throw unprocessable(e.getMessage());
    }
  }

  private static ProblemException unprocessable(String detail) {
    return new ProblemException(ProblemType.UNPROCESSABLE, detail);
  }
}
