package org.helpline.operations;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.helpline.testing.Browser;
import org.helpline.testing.ScratchDatabase;
import org.helpline.testing.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A server set up as docs/operations.md says, on an empty PostgreSQL database, without demo mode: nobody
 * can sign in until the operator runs ops/first-admin.sh and the holder of its code chooses the first
 * admin's account; health and metrics answer on the management interface only; the JSON log carries each
 * request's id; behind a proxy that ends TLS, responses carry HSTS.
 */
@Tag("own-servers")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionSetUpIT {

    private static final String PASSWORD = "violet kettle orbit " + Long.toString(System.nanoTime(), 36);

    private static ScratchDatabase database;
    private static ServerProcess server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startAsProductionWould() {
        database = new ScratchDatabase("production").recreate();
        server = ServerProcess.single("production", 760, database)
                .property("helpline.log.json", "true")
                .property("helpline.behind-proxy", "true")
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    @Order(1)
    void nobodyGetsInUntilTheFirstAdminIsSetUpWithTheOneTimeCode() throws SQLException {
        assertEquals(0, count("select count(*) from user_account"), "no staff accounts without demo mode");
        assertEquals(0, count("select count(*) from contact"), "no demo contacts");
        assertEquals(0, count("select count(*) from caller"), "no demo callers");
        assertTrue(count("select count(*) from topic") > 10, "the reference data (topics) is there");

        try (Browser browser = new Browser(server.httpPort())) {
            browser.open("/").signIn("admin", "admin-demo-2026");
            assertTrue(browser.path().endsWith("/login.xhtml"), "the demo admin does not exist here");

            // Before the command, no code works.
            browser.open("/setup.xhtml").assertAccessible();
            fillSetUp(browser, "AAAA-BBBB-CCCC-DDDD", "Rhys Evans", "rhys.evans", PASSWORD);
            assertTrue(browser.text("#setup\\:code ~ .field-error").contains("not the code"), browser.pageText());
            assertEquals(0, count("select count(*) from user_account"), "nothing saved on a wrong code");

            String code = firstAdminCommand(0);
            assertTrue(code.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"), code);

            // A password the policy refuses is told at its field, and the code is not spent.
            fillSetUp(browser, code.toLowerCase(), "Rhys Evans", "rhys.evans", "short");
            assertFalse(browser.text("#setup\\:password ~ .field-error").isBlank(), browser.pageText());
            assertEquals(0, count("select count(*) from user_account"), "nothing saved on a bad password");
            browser.assertAccessible();

            fillSetUp(browser, code.toLowerCase(), "Rhys Evans", "rhys.evans", PASSWORD);
            browser.waitForPath("/login.xhtml");
            assertTrue(browser.text("#setUpNotice").contains("ready"), browser.pageText());
            browser.assertAccessible();
            assertEquals(1, count("select count(*) from user_account u join user_account_role r "
                    + "on r.user_account_id = u.id where u.username = 'rhys.evans' and r.role = 'ADMIN'"));
            assertEquals(1, count("select count(*) from setup_code where used_for is not null"), "the code is spent");

            browser.signIn("rhys.evans", PASSWORD);
            browser.open("/admin/users.xhtml");
            assertTrue(browser.pageText().contains("Rhys Evans"), "the new admin manages staff: " + browser.pageText());

            // Once there is an admin, neither the command nor the page makes another.
            firstAdminCommand(1);
            browser.driver().manage().deleteAllCookies();
            browser.open("/setup.xhtml");
            assertTrue(browser.pageText().contains("has its admin already"), browser.pageText());
            assertTrue(browser.findAll("#setup\\:code").isEmpty(), "no set-up form once an admin exists");
        }
    }

    @Test
    @Order(2)
    void healthAndMetricsAnswerOnTheManagementInterfaceOnly() throws Exception {
        assertEquals(200, get(server.managementPort(), "/health/ready", Map.of()).statusCode());
        assertEquals(200, get(server.managementPort(), "/health/live", Map.of()).statusCode());
        for (String path : List.of("/health/ready", "/health", "/metrics", "/helpline/metrics")) {
            HttpResponse<String> outside = get(server.httpPort(), path, Map.of());
            assertFalse(outside.statusCode() == 200 && outside.body().contains("# TYPE"),
                    path + " on the public port serves metrics");
            assertFalse(outside.statusCode() == 200 && outside.body().contains("\"status\""),
                    path + " on the public port serves health");
        }

        for (int i = 0; i < 3; i++) {
            assertEquals(200, get(server.httpPort(), "/helpline/login.xhtml", Map.of()).statusCode());
        }
        long open = count("select count(*) from follow_up where status = 'OPEN'");
        long unsigned = count("select count(*) from safeguarding_alert where status = 'OPEN'");
        String metrics = await("Helpline's gauges in the metrics").atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(500)).until(() -> get(server.managementPort(), "/metrics", Map.of()).body(),
                        body -> body.contains("helpline_followups_open"));
        assertEquals(open, gauge(metrics, "helpline_followups_open"), metrics);
        assertEquals(unsigned, gauge(metrics, "helpline_safeguarding_unsigned"));
        assertTrue(metrics.contains("helpline_followups_overdue"), "the overdue follow-ups gauge");
        Matcher signIns = Pattern.compile("helpline_requests_seconds_count\\{[^}]*area=\"sign-in\",method=\"GET\","
                + "outcome=\"2xx\"[^}]*} (\\d+)").matcher(metrics);
        assertTrue(signIns.find(), "request times by area");
        assertTrue(Long.parseLong(signIns.group(1)) >= 3, "at least the three sign-in pages just asked for");
        assertTrue(metrics.contains("datasources_pool_in_use_count"), "WildFly's own figures are there too");
    }

    @Test
    @Order(3)
    void theJsonLogCarriesEachRequestsIdAndNoPassword() throws Exception {
        String id = "ops-test-" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> answer = get(server.httpPort(), "/helpline/login.xhtml", Map.of("X-Request-Id", id));
        assertEquals(id, answer.headers().firstValue("X-Request-Id").orElse(""), "a proxy's id is kept");
        String own = get(server.httpPort(), "/helpline/login.xhtml", Map.of("X-Request-Id", "<script>"))
                .headers().firstValue("X-Request-Id").orElse("");
        assertTrue(own.matches("[0-9a-f]{24}"), "a nonsense id is replaced with one of ours: " + own);

        Path json = server.log().resolveSibling("server.json");
        List<String> lines = Files.readAllLines(json, StandardCharsets.UTF_8);
        assertFalse(lines.isEmpty(), "the JSON log is written when asked for");
        JsonObject setUp = null;
        for (String line : lines) {
            JsonObject entry = Json.createReader(new StringReader(line)).readObject();
            assertTrue(entry.containsKey("timestamp") && entry.containsKey("level") && entry.containsKey("message"), line);
            if (entry.getString("message").contains("first admin")) {
                setUp = entry;
            }
        }
        assertTrue(setUp != null, "the first admin's set-up is logged");
        String requestId = setUp.getJsonObject("mdc").getString("requestId", "");
        assertTrue(requestId.matches("[0-9a-f]{24}"), "logged with the request's id: " + setUp);
        String plain = Files.readString(server.log(), StandardCharsets.UTF_8);
        assertTrue(plain.contains("[" + requestId + "]"), "server.log carries the same id");
        assertFalse(plain.contains(PASSWORD) || String.join("\n", lines).contains(PASSWORD), "no password in the logs");
    }

    @Test
    @Order(4)
    void behindAProxyThatEndsTlsResponsesCarryHsts() throws Exception {
        HttpResponse<String> viaProxy = get(server.httpPort(), "/helpline/login.xhtml",
                Map.of("X-Forwarded-Proto", "https"));
        assertTrue(viaProxy.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="),
                "HSTS when the proxy says the client used HTTPS");
        HttpResponse<String> plain = get(server.httpPort(), "/helpline/login.xhtml", Map.of());
        assertNotEquals(true, plain.headers().firstValue("Strict-Transport-Security").isPresent(),
                "no HSTS over plain HTTP");
    }

    private static void fillSetUp(Browser browser, String code, String name, String username, String password) {
        type(browser.find("#setup\\:code"), code);
        type(browser.find("#setup\\:displayName"), name);
        type(browser.find("#setup\\:username"), username);
        type(browser.find("#setup\\:password"), password);
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript("window.helplineOldPage = true;");
        browser.find("#setup\\:password").sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(page.executeScript(
                "return window.helplineOldPage === undefined && document.readyState === 'complete';")));
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** Runs ops/first-admin.sh as an operator would; returns the code it printed, or "" when refused. */
    private static String firstAdminCommand(int expectedExit) {
        Command.Outcome outcome = Command.ops(database, "first-admin.sh").run();
        assertEquals(expectedExit, outcome.status(), outcome::toString);
        if (expectedExit != 0) {
            assertTrue(outcome.output().contains("has an enabled admin already"), outcome::toString);
            return "";
        }
        Matcher code = Pattern.compile("Set-up code: (\\S+)").matcher(outcome.output());
        assertTrue(code.find(), outcome::toString);
        return code.group(1);
    }

    private HttpResponse<String> get(int port, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long gauge(String metrics, String name) {
        Matcher value = Pattern.compile("(?m)^" + name + "\\{[^}]*} ([0-9.E]+)$").matcher(metrics);
        assertTrue(value.find(), name + " in the metrics");
        return (long) Double.parseDouble(value.group(1));
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = database.connect(); Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
