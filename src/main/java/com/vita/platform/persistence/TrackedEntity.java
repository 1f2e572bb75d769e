package com.vita.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * When an aggregate was created and last changed, and its optimistic-lock version: the columns
 * {@code created_at}, {@code updated_at} and {@code version} every mutable aggregate table has.
 */
@MappedSuperclass
public abstract class TrackedEntity {

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected void created(Instant now) {
    createdAt = now;
    updatedAt = now;
  }

  protected void touched(Instant now) {
    updatedAt = now;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The optimistic-lock version: what an {@code ETag} is made of, raised by every change. */
  public long version() {
    return version;
  }
}
