package org.helpline.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.Entity;

import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.PersistentClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Migrates an empty database through the production path (Hibernate starts, {@link
 * MigrateBeforeValidation} runs Flyway, Hibernate validates every mapping) and checks that every table
 * the migrations create is mapped. Runs on H2 always, and on PostgreSQL when HELPLINE_DB_DRIVER says so.
 */
class SchemaMatchesEntitiesTest {

    @Test
    void h2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        // The same compatibility flags as the server's datasource (ear/src/main/wildfly/configure-server.cli).
        h2.setURL("jdbc:h2:mem:schema-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        migrateAndValidate(h2);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "HELPLINE_DB_DRIVER", matches = "postgresql")
    void postgresql() throws Exception {
        ScratchPostgresql.with("helpline_schema_check_", SchemaMatchesEntitiesTest::migrateAndValidate);
    }

    private static void migrateAndValidate(DataSource dataSource) throws Exception {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.datasource", dataSource)
                .applySetting("hibernate.hbm2ddl.auto", "validate")
                .applySetting("hibernate.jdbc.time_zone", "UTC")
                // As persistence.xml names the audit tables.
                .applySetting("org.hibernate.envers.audit_table_suffix", "_aud")
                .applySetting("org.hibernate.envers.revision_field_name", "rev")
                .applySetting("org.hibernate.envers.revision_type_field_name", "revtype")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        entityClasses().forEach(sources::addAnnotatedClass);
        Metadata metadata = sources.buildMetadata();
        // Building the session factory migrates, then validates; a mismatch throws here.
        try (SessionFactory factory = metadata.buildSessionFactory()) {
            assertNotNull(factory);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }

        MigrationInfoService info = SchemaMigrations.flyway(dataSource).info();
        assertEquals(0, info.pending().length, "migrations left pending");
        assertNotNull(info.current(), "no migration applied");

        Set<String> mapped = new TreeSet<>();
        metadata.getEntityBindings().stream().map(PersistentClass::getTable)
                .forEach(t -> mapped.add(t.getName().toLowerCase(Locale.ROOT)));
        metadata.getCollectionBindings().stream().map(Collection::getCollectionTable)
                .filter(t -> t != null)
                .forEach(t -> mapped.add(t.getName().toLowerCase(Locale.ROOT)));
        Set<String> created = tables(dataSource);
        created.remove("flyway_schema_history");
        assertFalse(created.isEmpty());
        assertEquals(created, mapped, "tables the migrations create vs. tables the entities map");
    }

    private static Set<String> tables(DataSource dataSource) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static List<Class<?>> entityClasses() throws IOException {
        Path classes = Paths.get("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> !name.endsWith("package-info"))
                    .map(SchemaMatchesEntitiesTest::load)
                    .filter(c -> c.isAnnotationPresent(Entity.class))
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SchemaMatchesEntitiesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
