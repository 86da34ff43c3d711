package org.helpline.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL database of a test's own beside the tests' database ({@code <that name>_<suffix>}), made
 * empty on request: for servers the test starts itself, and for what operations scripts do to a database
 * (back up, restore, upgrade). PostgreSQL only: H2 is one process's, and the operations are PostgreSQL's.
 */
public final class ScratchDatabase {

    private final String name;
    private final String url;

    public ScratchDatabase(String suffix) {
        String testsUrl = System.getenv("HELPLINE_DB_URL");
        if (!"postgresql".equals(System.getenv("HELPLINE_DB_DRIVER")) || testsUrl == null) {
            Assumptions.abort("This test needs PostgreSQL: set HELPLINE_DB_DRIVER=postgresql and HELPLINE_DB_URL,"
                    + " as .ci/run does");
        }
        url = testsUrl.replaceFirst("/([^/?]+)(\\?.*)?$", "/$1_" + suffix);
        name = url.substring(url.lastIndexOf('/') + 1);
    }

    /** Drops the database if it is there and makes it again, empty. */
    public ScratchDatabase recreate() {
        return run("drop database if exists " + name + " with (force)", "create database " + name);
    }

    /** Drops it, so that no copy of a test's data outlives the test. */
    public ScratchDatabase drop() {
        return run("drop database if exists " + name + " with (force)");
    }

    public String name() {
        return name;
    }

    /** Its JDBC URL, as a server's {@code HELPLINE_DB_URL}. */
    public String url() {
        return url;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    public static String user() {
        return System.getenv().getOrDefault("HELPLINE_DB_USER", "postgres");
    }

    public static String password() {
        return System.getenv().getOrDefault("HELPLINE_DB_PASSWORD", "");
    }

    private ScratchDatabase run(String... statements) {
        try (Connection admin = DriverManager.getConnection(url.replaceFirst("/[^/?]+(\\?.*)?$", "/postgres"),
                user(), password()); Statement sql = admin.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the database " + name, e);
        }
    }
}
