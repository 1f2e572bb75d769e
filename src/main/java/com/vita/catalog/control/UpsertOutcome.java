package com.vita.catalog.control;

/** What one {@link ProductUpserts#upsert} call wrote: new products and updated ones. */
public record UpsertOutcome(int created, int updated) {

  public UpsertOutcome plus(UpsertOutcome other) {
    return new UpsertOutcome(created + other.created, updated + other.updated);
  }
}
