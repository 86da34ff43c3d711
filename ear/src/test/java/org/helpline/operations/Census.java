package org.helpline.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database holds, table by table: its rows, which ids they have (a digest of them), and digests of the
 * columns people would miss first (contact summaries, caller names, case numbers, staff and their password
 * hashes). Two censuses that are equal hold the same records; a later one {@link #of(Connection, Census)
 * taken over an earlier one's rows} shows whether any of those went or changed.
 */
record Census(Map<String, Table> tables, Map<String, String> keyColumns) {

    /** A table's rows; for a table with an {@code id} column, the highest and a digest of them all. */
    record Table(long rows, Long maxId, String ids) {
    }

    /** Key columns, digested in id order: {table, its columns}. */
    private static final String[][] KEY_COLUMNS = {
        {"contact", "summary, started_at, caller_id"},
        {"caller", "full_name"},
        {"helpline_case", "case_number, title, caller_id"},
        {"user_account", "username, password_hash, enabled"},
    };

    /** Every table of the application's schema, as it is now. */
    static Census of(Connection db) throws SQLException {
        return of(db, null);
    }

    /**
     * With {@code earlier}: only its tables, and in each only rows with ids up to its highest then (ids come
     * from sequences, so rows added since have higher ones); equal to {@code earlier} if none went or changed.
     */
    static Census of(Connection db, Census earlier) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        for (String table : earlier == null ? tablesOf(db) : List.copyOf(earlier.tables.keySet())) {
            tables.put(table, hasId(db, table) ? tableWithIds(db, table, within(earlier, table))
                    : new Table(count(db, table), null, null));
        }
        Map<String, String> keys = new TreeMap<>();
        for (String[] key : KEY_COLUMNS) {
            if (tables.containsKey(key[0])) {
                keys.put(key[0] + " (" + key[1] + ")", single(db, "select md5(string_agg(concat_ws('|', id, " + key[1]
                        + "), E'\\n' order by id)) from " + key[0] + within(earlier, key[0])));
            }
        }
        return new Census(tables, keys);
    }

    /**
     * What this (earlier) census holds that {@code later}, taken {@link #of(Connection, Census) over this one's
     * rows}, does not: tables with ids must hold the same ids, others at least as many rows, and the key
     * columns must read the same. Empty when nothing was lost.
     */
    List<String> lostIn(Census later) {
        List<String> lost = new ArrayList<>();
        tables.forEach((name, table) -> {
            Table now = later.tables.get(name);
            if (now == null || table.ids() != null && !table.equals(now) || now.rows() < table.rows()) {
                lost.add(name + ": " + table + " then, " + now + " now");
            }
        });
        keyColumns.forEach((columns, digest) -> {
            if (!digest.equals(later.keyColumns.get(columns))) {
                lost.add(columns + " changed");
            }
        });
        return lost;
    }

    /** This census without the tables named: those the application prunes by design. */
    Census without(String... names) {
        Map<String, Table> kept = new TreeMap<>(tables);
        for (String name : names) {
            kept.remove(name);
        }
        return new Census(kept, keyColumns);
    }

    long rows(String table) {
        return tables.get(table).rows();
    }

    /** The condition that keeps a table's rows to those {@code earlier} counted. */
    private static String within(Census earlier, String table) {
        if (earlier == null) {
            return "";
        }
        Long maxId = earlier.tables.get(table).maxId();
        return maxId == null ? " where false" : " where id <= " + maxId;
    }

    private static List<String> tablesOf(Connection db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public' "
                        + "and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static boolean hasId(Connection db, String table) throws SQLException {
        return "1".equals(single(db, "select count(*) from information_schema.columns where table_schema = 'public' "
                + "and table_name = '" + table + "' and column_name = 'id'"));
    }

    private static Table tableWithIds(Connection db, String table, String condition) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("select count(*), max(id), "
                + "md5(string_agg(id::text, ',' order by id)) from " + table + condition)) {
            rs.next();
            long max = rs.getLong(2);
            return new Table(rs.getLong(1), rs.wasNull() ? null : max, rs.getString(3));
        }
    }

    private static long count(Connection db, String table) throws SQLException {
        return Long.parseLong(single(db, "select count(*) from " + table));
    }

    private static String single(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
