package org.helpline.shared.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The Flyway set-up, in one place for the server and for the tests that check the schema. */
public final class SchemaMigrations {

    public static final String LOCATION = "classpath:db/migration";

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    public static MigrateResult migrate(DataSource dataSource) {
        Flyway flyway = flyway(dataSource);
        MigrateResult result = flyway.migrate();
        var current = flyway.info().current();
        LOG.info(() -> "Database schema at version " + (current == null ? "none" : current.getVersion()) + " ("
                + result.migrationsExecuted + " migrations applied now)");
        return result;
    }
}
