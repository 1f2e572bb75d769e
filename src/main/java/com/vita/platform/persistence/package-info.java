/**
 * The schema. Flyway owns it (migrations in {@code db/migration}); Hibernate never generates it.
 * The container builds the persistence unit while deploying, before any application code runs, so
 * Hibernate's boot-time {@code hbm2ddl} validation would meet an empty database on a first start.
 * {@link com.vita.platform.persistence.SchemaMigration} therefore migrates first and then runs the
 * same Hibernate schema validator explicitly: a start-up with a schema that does not match the
 * entities fails, exactly as {@code hbm2ddl=validate} would.
 */
package com.vita.platform.persistence;
