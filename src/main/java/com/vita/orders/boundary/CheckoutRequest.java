package com.vita.orders.boundary;

import com.vita.orders.control.Cart;
import com.vita.orders.entity.ShippingAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** {@code POST /orders}: the cart, the address and one shipping method per store. */
public record CheckoutRequest(
    @NotEmpty @Size(max = 100) List<@Valid @NotNull Item> items,
    @Valid @NotNull Address shippingAddress,
    @NotEmpty @Size(max = 100) List<@Valid @NotNull ShippingPick> shipping) {

  public record Item(@NotNull UUID productId, @NotNull @Min(1) @Max(10_000) Integer quantity) {}

  public record Address(
      @NotBlank @Size(max = 100) String name,
      @NotBlank @Size(max = 200) String line1,
      @Size(max = 200) String line2,
      @NotBlank @Size(max = 100) String city,
      @NotBlank @Size(max = 100) String region,
      @Size(max = 20) String postalCode,
      @NotNull @Pattern(regexp = "[A-Z]{2}") String country,
      @Size(max = 30) String phone) {}

  public record ShippingPick(@NotNull UUID storeId, @NotNull Long methodId) {}

  Cart cart() {
    Address a = shippingAddress;
    return new Cart(
        items.stream().map(i -> new Cart.Item(i.productId(), i.quantity())).toList(),
        new ShippingAddress(
            a.name().strip(),
            a.line1().strip(),
            a.line2(),
            a.city().strip(),
            a.region().strip(),
            a.postalCode(),
            a.country(),
            a.phone()),
        shipping.stream().map(s -> new Cart.ShippingPick(s.storeId(), s.methodId())).toList());
  }
}
