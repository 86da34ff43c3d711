package org.helpline.testing;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/** Calls the REST API from outside the server, as an integration would, with or without a token. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String root;
    private final String token;

    public ApiClient(String token) {
        this(token, Integer.getInteger("helpline.http.port", 8180));
    }

    /** A client of another server on this machine: a cluster node, or the balancer in front. */
    public ApiClient(String token, int port) {
        this.token = token;
        this.root = "http://127.0.0.1:" + port;
    }

    /**
     * Issues {@code secret} as a day's API token of {@code username}'s with {@code roles} (comma-separated, some
     * of the account's own), written straight into the database of a server the test started itself, as an
     * admin's issuing it on the staff page would.
     */
    public static void issueToken(Connection db, String username, String roles, String secret, String name) throws SQLException {
        try (PreparedStatement token = db.prepareStatement("insert into api_token (id, version, user_account_id, name, "
                + "secret_hash, secret_prefix, roles, created_at, created_by, expires_at) select nextval('api_token_seq'), 0, "
                + "id, ?, ?, ?, ?, now(), 'test', now() + interval '1 day' from user_account where username = ?")) {
            token.setString(1, name);
            token.setString(2, sha256(secret));
            token.setString(3, secret.substring(0, 12));
            token.setString(4, roles);
            token.setString(5, username);
            if (token.executeUpdate() != 1) {
                throw new IllegalStateException("No staff account " + username + " to issue a token to");
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

    /** An answer: its status, headers and body. */
    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray items() {
            return json().getJsonArray("items");
        }

        private JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json, null);
    }

    /** A request to {@code path} under /helpline/api/v1 (or, starting "//", from the server's root); a header whose value is null is left out. */
    public Reply send(String method, String path, String body, String contentType, String... headerPairs) {
        String url = path.startsWith("//") ? root + path.substring(1) : root + "/helpline/api/v1" + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", contentType == null ? "application/json" : contentType);
        }
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            if (headerPairs[i + 1] != null) {
                request.header(headerPairs[i], headerPairs[i + 1]);
            }
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted calling " + url, e);
        }
    }
}
