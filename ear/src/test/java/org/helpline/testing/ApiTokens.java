package org.helpline.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * API tokens written straight into a server's database, for tests that start servers of their own and have no
 * admin's page to issue one on: the secret is the test's, stored as the server stores it (its SHA-256).
 */
public final class ApiTokens {

    private ApiTokens() {
    }

    /** Issues {@code secret} (starting {@code hlp_}) to {@code username} with {@code roles}, for a day. */
    public static void issue(Connection db, String username, String roles, String secret) throws SQLException {
        try (PreparedStatement token = db.prepareStatement("insert into api_token (id, version, user_account_id, name, "
                + "secret_hash, secret_prefix, roles, created_at, created_by, expires_at) select nextval('api_token_seq'), 0, "
                + "id, 'test', ?, ?, ?, now(), 'test', now() + interval '1 day' from user_account where username = ?")) {
            token.setString(1, sha256(secret));
            token.setString(2, secret.substring(0, 12));
            token.setString(3, roles);
            token.setString(4, username);
            if (token.executeUpdate() != 1) {
                throw new IllegalStateException("No staff account " + username);
            }
        }
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
