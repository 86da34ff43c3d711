package org.helpline.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The Flyway set-up, in one place for the server and for the tests that check the schema. */
public final class SchemaMigrations {

    public static final String LOCATION = "classpath:db/migration";

    /** Migrations for PostgreSQL only, such as its triggers; H2, the demo database, has none of them. */
    public static final String POSTGRESQL_LOCATION = "classpath:db/vendor/postgresql";

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(isPostgresql(dataSource) ? new String[] {LOCATION, POSTGRESQL_LOCATION} : new String[] {LOCATION})
                .validateMigrationNaming(true)
                // Migrations in Java, named here rather than found by scanning the deployment's classes.
                .javaMigrations(new V28__Phone_numbers_and_name_sounds_recomputed())
                .cleanDisabled(true)
                .load();
    }

    private static boolean isPostgresql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
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
