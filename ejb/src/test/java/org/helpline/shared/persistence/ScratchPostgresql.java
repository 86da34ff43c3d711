package org.helpline.shared.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/** A new, empty PostgreSQL database beside the one HELPLINE_DB_URL names, dropped once the work is done. */
final class ScratchPostgresql {

    interface Work {
        void on(DataSource database) throws Exception;
    }

    private ScratchPostgresql() {
    }

    static void with(String prefix, Work work) throws Exception {
        String url = System.getenv("HELPLINE_DB_URL");
        String user = System.getenv("HELPLINE_DB_USER");
        String password = System.getenv("HELPLINE_DB_PASSWORD");
        String scratch = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(url, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + scratch);
        }
        try {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + scratch));
            pg.setUser(user);
            pg.setPassword(password);
            work.on(pg);
        } finally {
            try (Connection admin = DriverManager.getConnection(url, user, password);
                    Statement statement = admin.createStatement()) {
                statement.execute("drop database " + scratch);
            }
        }
    }
}
