package com.vita.kyb.boundary;

import com.vita.kyb.entity.Business;
import java.time.Instant;

/** A business verification in a list: enough to find it and see where it stands. */
public record BusinessSummary(
    String businessId,
    String legalName,
    String country,
    String taxId,
    String status,
    Instant statusSince) {

  static BusinessSummary of(Business b) {
    return new BusinessSummary(
        b.id().toString(),
        b.legalName(),
        b.taxId().country(),
        b.taxId().format(),
        b.status().value(),
        b.statusSince());
  }
}
