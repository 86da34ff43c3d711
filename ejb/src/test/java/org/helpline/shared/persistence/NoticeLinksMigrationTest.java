package org.helpline.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * V31 on H2, and on PostgreSQL when HELPLINE_DB_DRIVER says so: the page addresses notices stored become the
 * kind and id of what they open, and the address column goes.
 */
class NoticeLinksMigrationTest {

    /** Migrated to V30, with a notice for each address earlier releases wrote, and two they never did. */
    private static void storedBefore(DataSource db, boolean postgresql) throws SQLException {
        Flyway.configure().configuration(SchemaMigrations.flyway(db).getConfiguration()).target("30").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(postgresql ? "set session_replication_role = replica" : "set referential_integrity false");
            String[] links = {"'/cases/view.xhtml?id=12'", "'/followups/work.xhtml?id=7'", "'/reviews/mine.xhtml'", "'/'",
                "null", "'/cases/view.xhtml?id=9000000001'", "'/cases/view.xhtml?id=12&x=1'", "'/somewhere/else.xhtml'"};
            for (int i = 0; i < links.length; i++) {
                s.execute("insert into notice (id, recipient_id, text, link, created_at) values (" + (i + 1) + ", 1, 'n', "
                        + links[i] + ", current_timestamp)");
            }
            s.execute(postgresql ? "set session_replication_role = default" : "set referential_integrity true");
        }
    }

    private static void addressesBecomeKindsAndIds(DataSource db) throws SQLException {
        SchemaMigrations.migrate(db);
        try (Connection c = db.getConnection()) {
            assertEquals(List.of("1 CASE 12", "2 FOLLOW_UP 7", "3 MY_REVIEWS null", "4 MY_WORK null", "5 null null",
                    "6 CASE 9000000001", "7 null null", "8 null null"),
                    rows(c, "select id, link_kind, link_id from notice order by id"));
            assertEquals(List.of("0"), rows(c, "select count(*) from information_schema.columns "
                    + "where lower(table_name) = 'notice' and lower(column_name) = 'link'"));
        }
    }

    @Test
    void h2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v31-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        storedBefore(h2, false);
        addressesBecomeKindsAndIds(h2);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "HELPLINE_DB_DRIVER", matches = "postgresql")
    void postgresql() throws Exception {
        ScratchPostgresql.with("helpline_v31_check_", pg -> {
            storedBefore(pg, true);
            addressesBecomeKindsAndIds(pg);
        });
    }

    /** Each row's columns, joined by spaces. */
    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
