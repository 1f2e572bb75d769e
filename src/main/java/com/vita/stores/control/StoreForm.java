package com.vita.stores.control;

import com.vita.platform.problems.ProblemException;
import com.vita.stores.entity.PaymentMethod;
import com.vita.stores.entity.Store;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A store as its owner describes it, in {@code POST /stores} and {@code PUT /stores/{id}}. Seed
 * 000's body has only name, description and category; the rest has defaults.
 *
 * @param category free text (the seed's {@code electronics}), so a store names its own trade; the
 *     marketplace's curated categories are a separate, later list
 * @param country where the store sells: fixes its currency and shipping; fixed once open
 * @param paymentMethods what buyers may pay with; all three when omitted on creation, unchanged
 *     when omitted on an update
 */
public record StoreForm(
    @NotBlank @Size(min = 3, max = 100) String name,
    @Size(max = 1000) String description,
    @NotBlank @Size(max = 50) String category,
    @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code, e.g. CL")
        String country,
    @Size(min = 1, message = "must name at least one of stripe, cregis, bank_transfer")
        Set<
                @NotNull
                @Pattern(
                    regexp = "stripe|cregis|bank_transfer",
                    message = "must be stripe, cregis or bank_transfer")
                String>
            paymentMethods) {

  /** Name, description and category as stored: trimmed, an empty description is none. */
  Store.Profile profile() {
    String trimmedName = name.strip();
    if (trimmedName.length() < 3) {
      // Bean validation counted the spaces around the name.
      throw ProblemException.invalidField("name", "size must be between 3 and 100");
    }
    String trimmedDescription = description == null ? null : description.strip();
    return new Store.Profile(
        trimmedName,
        trimmedDescription == null || trimmedDescription.isEmpty() ? null : trimmedDescription,
        category.strip());
  }

  /** The methods the body names, if it names any. */
  Optional<Set<PaymentMethod>> methods() {
    if (paymentMethods == null) {
      return Optional.empty();
    }
    Set<PaymentMethod> methods = EnumSet.noneOf(PaymentMethod.class);
    for (String code : paymentMethods) {
      methods.add(
          PaymentMethod.of(code)
              .orElseThrow(
                  () ->
                      ProblemException.invalidField(
                          "paymentMethods", "must be stripe, cregis or bank_transfer")));
    }
    if (methods.isEmpty()) {
      throw ProblemException.invalidField(
          "paymentMethods", "must name at least one of stripe, cregis, bank_transfer");
    }
    return Optional.of(methods);
  }
}
