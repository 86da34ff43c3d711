package org.helpline.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The server's readiness endpoint reports whether Helpline can reach its database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessIT {

    @Test
    void readinessReportsTheDatabase() throws Exception {
        URI ready = URI.create("http://127.0.0.1:" + System.getProperty("helpline.management.port") + "/health/ready");
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(ready).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("helpline-database"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no helpline-database check in " + response.body()));
        assertEquals("UP", database.getString("status"));
    }
}
