package org.helpline.shared.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.helpline.callers.NameKey;
import org.helpline.callers.PhoneNumber;

/**
 * Issue 24: phone numbers are read by libphonenumber and names coded by Double Metaphone, so what was
 * stored by the hand-written rules before is brought to what the new ones give. Every stored E.164 number
 * (callers' numbers, follow-ups' numbers to ring, the numbers calls came from) becomes what {@link
 * PhoneNumber#tryNormalise} gives for it; one it cannot read stays as it is. Every caller's {@code
 * name_sounds} becomes {@link NameKey#sounds} of their name.
 *
 * <p>In Java, because the rules are; on H2 and PostgreSQL alike (plain JDBC, keyset pages). It reads and
 * writes {@value #BATCH} rows at a time and commits each batch, so that a database of hundreds of
 * thousands of callers is neither held in memory nor locked in one long transaction; it changes only rows
 * whose value differs, so it can run again (after a failure part-way, say) and finishes what is left. The
 * audit trail ({@code *_aud}) keeps what was stored at the time: it is history, and append-only.
 */
public class V28__Phone_numbers_and_name_sounds_recomputed extends BaseJavaMigration {

    static final int BATCH = 1000;

    private static final Logger LOG = Logger.getLogger(V28__Phone_numbers_and_name_sounds_recomputed.class.getName());

    /** How many rows of each kind changed. */
    record Changed(int nameSounds, int callerNumbers, int followUpNumbers, int callNumbers) {
    }

    private record Renumbered(long caller, String old, String now) {
    }

    /** Commits batch by batch itself, so Flyway does not wrap it in one transaction. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Changed changed = run(context.getConnection(), BATCH);
        LOG.info(() -> "Recomputed with the new rules: " + changed.nameSounds() + " callers' name sounds, "
                + changed.callerNumbers() + " callers' numbers, " + changed.followUpNumbers()
                + " follow-ups' numbers, " + changed.callNumbers() + " calls' numbers");
    }

    static Changed run(Connection connection, int batch) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            return new Changed(nameSounds(connection, batch), callerNumbers(connection, batch),
                    numbers(connection, batch, "follow_up", "number_to_ring"),
                    numbers(connection, batch, "phone_call", "caller_number"));
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int nameSounds(Connection connection, int batch) throws SQLException {
        return recompute(connection, batch, "caller", "full_name", "name_sounds",
                name -> name == null ? null : NameKey.sounds(name));
    }

    /** A number the new rules cannot read stays as it is. */
    private static int numbers(Connection connection, int batch, String table, String column) throws SQLException {
        return recompute(connection, batch, table, column, column,
                stored -> stored == null ? null : PhoneNumber.tryNormalise(stored).orElse(stored));
    }

    /** Sets {@code target} to {@code rule(source)} in each row of {@code table} (by id) where that differs. */
    private static int recompute(Connection connection, int batch, String table, String source, String target,
            UnaryOperator<String> rule) throws SQLException {
        int changed = 0;
        long after = Long.MIN_VALUE;
        try (PreparedStatement read = connection.prepareStatement("select id, " + source + ", " + target + " from "
                + table + " where id > ? order by id fetch first " + batch + " rows only");
                PreparedStatement write = connection.prepareStatement("update " + table + " set " + target
                        + " = ? where id = ?")) {
            while (true) {
                read.setLong(1, after);
                int rows = 0;
                int pending = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        after = rs.getLong(1);
                        String now = rule.apply(rs.getString(2));
                        if (!Objects.equals(now, rs.getString(3))) {
                            if (now == null) {
                                write.setNull(1, Types.VARCHAR);
                            } else {
                                write.setString(1, now);
                            }
                            write.setLong(2, after);
                            write.addBatch();
                            pending++;
                        }
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                    changed += pending;
                }
                connection.commit();
                if (rows < batch) {
                    return changed;
                }
            }
        }
    }

    /** A caller's two numbers may become one: then the old row goes, as the key is (caller, number). */
    private static int callerNumbers(Connection connection, int batch) throws SQLException {
        int changed = 0;
        long afterCaller = Long.MIN_VALUE;
        String afterNumber = "";
        try (PreparedStatement read = connection.prepareStatement("select caller_id, number from caller_phone "
                + "where caller_id > ? or (caller_id = ? and number > ?) order by caller_id, number "
                + "fetch first " + batch + " rows only");
                PreparedStatement exists = connection.prepareStatement(
                        "select count(*) from caller_phone where caller_id = ? and number = ?");
                PreparedStatement update = connection.prepareStatement(
                        "update caller_phone set number = ? where caller_id = ? and number = ?");
                PreparedStatement delete = connection.prepareStatement(
                        "delete from caller_phone where caller_id = ? and number = ?")) {
            while (true) {
                read.setLong(1, afterCaller);
                read.setLong(2, afterCaller);
                read.setString(3, afterNumber);
                List<Renumbered> renumbered = new ArrayList<>();
                int rows = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        afterCaller = rs.getLong(1);
                        afterNumber = rs.getString(2);
                        Optional<String> now = PhoneNumber.tryNormalise(afterNumber);
                        if (now.isPresent() && !now.get().equals(afterNumber)) {
                            renumbered.add(new Renumbered(afterCaller, afterNumber, now.get()));
                        }
                    }
                }
                for (Renumbered number : renumbered) {
                    exists.setLong(1, number.caller());
                    exists.setString(2, number.now());
                    boolean taken;
                    try (ResultSet rs = exists.executeQuery()) {
                        taken = rs.next() && rs.getLong(1) > 0;
                    }
                    PreparedStatement change = taken ? delete : update;
                    int p = 1;
                    if (!taken) {
                        change.setString(p++, number.now());
                    }
                    change.setLong(p++, number.caller());
                    change.setString(p, number.old());
                    change.executeUpdate();
                    changed++;
                }
                connection.commit();
                if (rows < batch) {
                    return changed;
                }
            }
        }
    }
}
