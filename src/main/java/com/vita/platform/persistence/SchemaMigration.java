package com.vita.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Migrates the schema at start-up, then has Hibernate validate the mapping against it. Bean-managed
 * transactions: Flyway commits each migration itself, which a container transaction would forbid.
 */
@Startup
@Singleton
@DependsOn("ProductionGuard") // a refused production start migrates nothing
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final System.Logger LOG = System.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/vita")
  DataSource dataSource;

  @PersistenceUnit(unitName = "vita")
  EntityManagerFactory entityManagerFactory;

  @PostConstruct
  void migrateAndValidate() {
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.log(
        System.Logger.Level.INFO,
        "Schema at version {0} ({1} migrations applied now)",
        result.targetSchemaVersion == null
            ? result.initialSchemaVersion
            : result.targetSchemaVersion,
        result.migrationsExecuted);
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }
}
