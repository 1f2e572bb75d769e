package com.vita.kyb.boundary;

import com.vita.kyb.entity.Business;
import com.vita.kyb.entity.BusinessDocument;
import com.vita.kyb.entity.BusinessStatusChange;
import java.time.Instant;
import java.util.List;

/** The KYB API's response bodies and how they are made from the entities. */
public final class KybViews {

  private KybViews() {}

  public record Submitted(String businessId, String status) {
    static Submitted of(Business business) {
      return new Submitted(business.id().toString(), business.status().value());
    }
  }

  public record Step(String from, String to, Instant at, String reasons) {}

  /** Another case claiming the same tax id, as an admin sees it. */
  public record CompetingClaim(String businessId, String legalName, String status) {
    static CompetingClaim of(Business b) {
      return new CompetingClaim(b.id().toString(), b.legalName(), b.status().value());
    }
  }

  /**
   * Where a case stands. {@code competingClaims} is shown to admins only (null, so left out, for
   * the owner): the other handed-in cases for the same tax id, of which only one can be approved.
   */
  public record Status(
      String businessId,
      String legalName,
      String country,
      String taxId,
      String status,
      Instant createdAt,
      Instant updatedAt,
      List<Step> history,
      List<CompetingClaim> competingClaims) {

    static Status of(Business b, List<BusinessStatusChange> changes, List<Business> competing) {
      List<Step> history =
          changes.stream()
              .map(c -> new Step(c.from().value(), c.to().value(), c.changedAt(), c.reasons()))
              .toList();
      return new Status(
          b.id().toString(),
          b.legalName(),
          b.taxId().country(),
          b.taxId().format(),
          b.status().value(),
          b.createdAt(),
          b.updatedAt(),
          history,
          competing == null ? null : competing.stream().map(CompetingClaim::of).toList());
    }
  }

  public record Document(
      String id,
      String originalName,
      String mediaType,
      long size,
      Instant uploadedAt,
      String downloadUrl) {

    static Document of(BusinessDocument d, String downloadUrl) {
      return new Document(
          d.id().toString(),
          d.originalName(),
          d.mediaType(),
          d.size(),
          d.uploadedAt(),
          downloadUrl);
    }
  }

  public record Documents(String businessId, List<Document> documents) {}
}
