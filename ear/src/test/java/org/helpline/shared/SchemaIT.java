package org.helpline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.helpline.shared.persistence.SchemaMigrations;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed application migrated its database before use (the persistence unit validates every
 * mapping against it at deployment), on the database the environment chose.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Resource(lookup = "java:jboss/datasources/HelplineDS")
    DataSource dataSource;

    @Inject
    Database db;

    @Test
    void everyMigrationIsApplied() {
        MigrationInfoService info = SchemaMigrations.flyway(dataSource).info();
        assertEquals(0, info.pending().length);
        assertNotNull(info.current());
        for (var migration : info.all()) {
            assertEquals(MigrationState.SUCCESS, migration.getState(), migration.getScript());
        }
    }

    @Test
    void theEnvironmentChoosesTheDatabase() throws Exception {
        String driver = System.getenv().getOrDefault("HELPLINE_DB_DRIVER", "h2");
        String expected = driver.equals("postgresql") ? "PostgreSQL" : "H2";
        assertEquals(expected, db.databaseProduct());
    }
}
