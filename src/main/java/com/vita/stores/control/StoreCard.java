package com.vita.stores.control;

import com.vita.platform.country.CountryCode;
import java.util.Set;
import java.util.UUID;

/** TEMPORARY stand-in for the stores branch's contract; replaced by the merge of `stores`. */
public record StoreCard(
    UUID id,
    UUID ownerId,
    String name,
    String slug,
    String category,
    CountryCode country,
    String currency,
    Set<String> paymentMethods,
    boolean active) {}
