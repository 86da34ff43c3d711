package org.helpline.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * V28 on H2, and on PostgreSQL when HELPLINE_DB_DRIVER says so: what the hand-written rules stored (Soundex codes; a number written "+33 (0)1 …" kept its 0)
 * becomes what libphonenumber and Double Metaphone give, batch by batch, and a second run changes nothing.
 */
class PhoneNumbersAndNameSoundsMigrationTest {

    private static DataSource newH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v28-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return h2;
    }

    /** Migrated to V27, with rows as the hand-written rules stored them; foreign keys not checked. */
    private static void storedBefore(DataSource db, boolean postgresql) throws SQLException {
        Flyway.configure().configuration(SchemaMigrations.flyway(db).getConfiguration()).target("27").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(postgresql ? "set session_replication_role = replica" : "set referential_integrity false");
            for (int id = 1; id <= 7; id++) {
                s.execute("insert into caller (id, full_name, name_key, name_sounds, consent_given_at, consent_wording_version, "
                        + "created_at, updated_at, updated_by_id, version) values (" + id + ", "
                        + (id == 5 ? "null, null, null" : "'Jon Smyth', 'jon smyth', ' J500 S530 '")
                        + ", current_timestamp, '1', current_timestamp, current_timestamp, 1, 0)");
            }
            s.execute("update caller set full_name = 'Catherine Ó Súilleabháin', name_key = 'catherine o suilleabhain' where id = 2");
            phone(s, 1, "+447700900123");
            phone(s, 1, "+330123456789");
            phone(s, 2, "+330123456789");
            phone(s, 2, "+33123456789");
            phone(s, 3, "+4477009");
            phone(s, 4, "+353012345678");
            s.execute("insert into follow_up (id, kind, due_from, due_until, number_to_ring, reason, status, failed_attempts, "
                    + "booked_by_id, booked_at, updated_at, updated_by_id, version) values "
                    + "(1, 'CALLBACK', current_timestamp, current_timestamp, '+353012345678', 'r', 'OPEN', 0, 1, current_timestamp, current_timestamp, 1, 0), "
                    + "(2, 'CALLBACK', current_timestamp, current_timestamp, '+447700900123', 'r', 'OPEN', 0, 1, current_timestamp, current_timestamp, 1, 0), "
                    + "(3, 'OTHER', current_timestamp, current_timestamp, null, 'r', 'OPEN', 0, 1, current_timestamp, current_timestamp, 1, 0)");
            s.execute("insert into phone_call (id, phone_system_id, external_call_id, caller_number, withheld, outcome, "
                    + "created_at, updated_at, version) values "
                    + "(1, 1, 'a', '+330123456789', false, 'MISSED', current_timestamp, current_timestamp, 0), "
                    + "(2, 1, 'b', null, true, 'MISSED', current_timestamp, current_timestamp, 0), "
                    + "(3, 1, 'c', '+999123', false, 'MISSED', current_timestamp, current_timestamp, 0)");
            s.execute(postgresql ? "set session_replication_role = default" : "set referential_integrity true");
        }
    }

    @Test
    void h2() throws Exception {
        DataSource h2 = newH2();
        storedBefore(h2, false);
        storedNumbersAndSoundsBecomeWhatTheNewRulesGive(h2);
        DataSource again = newH2();
        storedBefore(again, false);
        itWorksInBatchesAndASecondRunChangesNothing(again);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "HELPLINE_DB_DRIVER", matches = "postgresql")
    void postgresql() throws Exception {
        ScratchPostgresql.with("helpline_v28_check_", pg -> {
            storedBefore(pg, true);
            storedNumbersAndSoundsBecomeWhatTheNewRulesGive(pg);
        });
        ScratchPostgresql.with("helpline_v28_check_", pg -> {
            storedBefore(pg, true);
            itWorksInBatchesAndASecondRunChangesNothing(pg);
        });
    }

    private static void storedNumbersAndSoundsBecomeWhatTheNewRulesGive(DataSource db) throws Exception {
        SchemaMigrations.migrate(db);
        try (Connection c = db.getConnection()) {
            assertEquals(" JN AN J500 SM0 XMT S530 ", single(c, "select name_sounds from caller where id = 1"));
            assertEquals(" K0RN KTRN C365 A O000 SLPN S415 ", single(c, "select name_sounds from caller where id = 2"));
            assertNull(single(c, "select name_sounds from caller where id = 5"));
            assertEquals(List.of("+33123456789", "+447700900123"), column(c, "select number from caller_phone where caller_id = 1 order by number"));
            assertEquals(List.of("+33123456789"), column(c, "select number from caller_phone where caller_id = 2"));
            assertEquals(List.of("+4477009"), column(c, "select number from caller_phone where caller_id = 3"));
            assertEquals(List.of("+35312345678"), column(c, "select number from caller_phone where caller_id = 4"));
            assertEquals(List.of("+35312345678", "+447700900123"), column(c, "select number_to_ring from follow_up where id < 3 order by id"));
            assertNull(single(c, "select number_to_ring from follow_up where id = 3"));
            assertEquals(List.of("+33123456789", "+999123"), column(c, "select caller_number from phone_call where id <> 2 order by id"));
        }
    }

    private static void itWorksInBatchesAndASecondRunChangesNothing(DataSource db) throws Exception {
        try (Connection c = db.getConnection()) {
            assertEquals(new V28__Phone_numbers_and_name_sounds_recomputed.Changed(6, 3, 1, 1),
                    V28__Phone_numbers_and_name_sounds_recomputed.run(c, 2));
            assertEquals(new V28__Phone_numbers_and_name_sounds_recomputed.Changed(0, 0, 0, 0),
                    V28__Phone_numbers_and_name_sounds_recomputed.run(c, 2));
            assertEquals(" JN AN J500 SM0 XMT S530 ", single(c, "select name_sounds from caller where id = 7"));
            assertEquals(List.of("+33123456789"), column(c, "select number from caller_phone where caller_id = 2"));
        }
    }

    private static void phone(Statement s, long caller, String number) throws SQLException {
        s.execute("insert into caller_phone (caller_id, number) values (" + caller + ", '" + number + "')");
    }

    private static String single(Connection c, String sql) throws SQLException {
        List<String> values = column(c, sql);
        assertEquals(1, values.size(), sql);
        return values.get(0);
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
