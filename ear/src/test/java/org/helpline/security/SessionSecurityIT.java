package org.helpline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.helpline.testing.AsNobody;
import org.helpline.testing.Database;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The session against a hostile site, over plain HTTP with the session cookie carried by hand, as an
 * attacker would: an id obtained before signing in is never signed in (session fixation), at the password
 * and again at the second factor; a sign-in or any form posted from another site's page is refused (login
 * CSRF), and so is a WebSocket handshake from one. The first and last methods run inside the server to make a
 * supervisor who must set up a second factor, and to stop requiring it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionSecurityIT {

    private static final String REQUIRED = "helpline.security.second-factor-required";
    private static final String SUPERVISOR = "session-supervisor";
    private static final String PASSWORD = "harbour violet anchor 62";
    private static final String PORT = System.getProperty("helpline.http.port", "8180");
    private static final String OWN = "http://127.0.0.1:" + PORT;
    private static final String BASE = OWN + "/helpline";
    private static final String EVIL = "http://evil.example";
    private static final Pattern SESSION = Pattern.compile("^JSESSIONID=([^;]+)");
    private static final Pattern SIGNED_IN_AS = Pattern.compile("id=\"signedInAs\">Signed in as <strong>([^<]*)</strong>");

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AsNobody setup;

    @Inject
    Database db;

    @Test
    @Order(1)
    void makeASupervisorWhoMustSetUpASecondFactor() {
        setup.run(() -> {
            if (accounts.findByUsername(SUPERVISOR).isEmpty()) {
                accounts.add(new UserAccount(SUPERVISOR, "Sol Session", null, hasher.hash(PASSWORD.toCharArray()),
                        EnumSet.of(Role.SUPERVISOR), Instant.now()));
            }
        });
        // A second run against the same database starts from no second factor again.
        db.nativeUpdate("update user_account set totp_secret = null, totp_pending_secret = null, totp_last_step = 0, "
                + "second_factor_since = null, failed_sign_ins = 0, locked_until = null, sign_in_challenge = null, "
                + "sign_in_challenge_until = null where username = ?1", SUPERVISOR);
        System.setProperty(REQUIRED, "true");
    }

    @Test
    @Order(2)
    @RunAsClient
    void signingInGivesANewSessionIdAndTheOldOneIsNotSignedIn() throws Exception {
        String before = sessionBeforeSigningIn();

        String after = arrive(postPassword(before, "adviser", "adviser-demo-2026", Map.of()), "/calls/log.xhtml");

        assertNotEquals(before, after, "a new session id at sign-in");
        assertEquals("Asha Patel", signedInAs(after));
        assertEquals("", signedInAs(before), "the id from before signing in is not signed in");
        assertEquals(302, get("/calls/log.xhtml", before).statusCode(), "and opens no page");
    }

    @Test
    @Order(3)
    @RunAsClient
    void thePasswordAndTheSecondFactorEachGiveANewSessionId() throws Exception {
        String before = sessionBeforeSigningIn();

        HttpResponse<String> codeStep = postPassword(before, SUPERVISOR, PASSWORD, Map.of());
        assertEquals(200, codeStep.statusCode());
        assertTrue(codeStep.body().contains("Set up a second factor"), "the code step");
        String between = sessionCookie(codeStep).orElseThrow(() -> new AssertionError("no new session id at the password"));
        assertNotEquals(before, between);

        String secret = first(Pattern.compile("id=\"setUpKey\"[^>]*>([^<]*)<"), codeStep.body()).replace(" ", "");
        Map<String, String> fields = hiddenFields("code", codeStep.body());
        fields.put("code:otp", Totp.code(secret, Totp.stepAt(Instant.now())));
        fields.put("code:verify", "");
        String after = arrive(post(action("code", codeStep.body()), between, fields, Map.of()), "/calls/log.xhtml");

        assertNotEquals(between, after, "a new session id again after the second factor");
        assertNotEquals(before, after);
        assertEquals("Sol Session", signedInAs(after));
        assertEquals("", signedInAs(between), "neither earlier id is signed in");
        assertEquals("", signedInAs(before));
    }

    @Test
    @Order(4)
    @RunAsClient
    void aSignInPostedFromAnotherSiteIsRefusedAndMakesNoSession() throws Exception {
        for (Map<String, String> foreign : List.of(Map.of("Origin", EVIL),
                Map.of("Referer", EVIL + "/helpline/login.xhtml"), Map.of("Origin", "null"))) {
            HttpResponse<String> refused = postPassword(null, "adviser", "adviser-demo-2026", foreign);
            assertEquals(403, refused.statusCode(), foreign.toString());
            assertTrue(sessionCookie(refused).isEmpty(), "no session: " + foreign);
            assertFalse(refused.body().contains("Signed in as"), foreign.toString());
        }
        // The same post from our own page, or from a client that names no page, signs in.
        for (Map<String, String> own : List.of(Map.of("Origin", OWN), Map.of("Referer", BASE + "/login.xhtml"),
                Map.<String, String>of())) {
            assertEquals("Asha Patel", signedInAs(arrive(postPassword(null, "adviser", "adviser-demo-2026", own), "/")),
                    own.toString());
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void theSecondFactorTheSetUpPageAndASignedInFormFromAnotherSiteAreRefusedToo() throws Exception {
        HttpResponse<String> codeStep = postPassword(null, SUPERVISOR, PASSWORD, Map.of());
        assertEquals(200, codeStep.statusCode());
        Map<String, String> fields = hiddenFields("code", codeStep.body());
        fields.put("code:otp", "123456");
        fields.put("code:verify", "");
        HttpResponse<String> code = post(action("code", codeStep.body()), null, fields, Map.of("Origin", EVIL));
        assertEquals(403, code.statusCode());
        assertTrue(sessionCookie(code).isEmpty());

        HttpResponse<String> setUp = post(BASE + "/setup.xhtml", null,
                Map.of("setup", "setup", "setup:code", "AAAA-BBBB-CCCC-DDDD"), Map.of("Origin", EVIL));
        assertEquals(403, setUp.statusCode());
        assertTrue(sessionCookie(setUp).isEmpty());

        String session = signIn("adviser", "adviser-demo-2026");
        HttpResponse<String> form = post(BASE + "/calls/log.xhtml", session, Map.of("anything", "x"),
                Map.of("Origin", EVIL));
        assertEquals(403, form.statusCode(), "a signed-in member of staff's form, posted by another site");
        assertEquals("Asha Patel", signedInAs(session), "which leaves the session as it was");
    }

    @Test
    @Order(6)
    void stopRequiringASecondFactor() {
        System.clearProperty(REQUIRED);
    }

    @Test
    @Order(7)
    @RunAsClient
    void aWebSocketHandshakeFromAnotherSiteIsRefusedAndFromOurOwnPagesAccepted() throws Exception {
        String adviser = signIn("adviser", "adviser-demo-2026");
        assertEquals(403, handshake("/helpline/calls/push", adviser, EVIL));
        assertEquals(403, handshake("/helpline/calls/push", adviser, "null"));
        assertEquals(101, handshake("/helpline/calls/push", adviser, OWN));

        String supervisor = signIn("supervisor", "supervisor-demo-2026");
        assertEquals(403, handshake("/helpline/push/wallboard", supervisor, EVIL));
        assertEquals(101, handshake("/helpline/push/wallboard", supervisor, OWN));
    }

    /** A session id from before signing in: asking for a page while signed out keeps where one was going. */
    private static String sessionBeforeSigningIn() throws Exception {
        HttpResponse<String> toSignIn = get("/calls/log.xhtml", null);
        assertEquals(302, toSignIn.statusCode());
        assertTrue(toSignIn.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        return sessionCookie(toSignIn).orElseThrow(() -> new AssertionError(
                "no session before signing in, so this test proves nothing: " + toSignIn.headers().map()));
    }

    private static String signIn(String username, String password) throws Exception {
        return arrive(postPassword(null, username, password, Map.of()), "/");
    }

    /**
     * Follows a successful sign-in's redirect to {@code page}, as a browser does, with the session id it gave:
     * the page first asked for, where {@code @LoginToContinue} completes the sign-in. Answers the session id.
     */
    private static String arrive(HttpResponse<String> signedIn, String page) throws Exception {
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertTrue(URI.create(location).getPath().equals("/helpline" + page), location);
        String session = sessionCookie(signedIn).orElseThrow(() -> new AssertionError("no new session id at sign-in"));
        HttpResponse<String> arrived = get(page, session);
        assertEquals(200, arrived.statusCode(), arrived.headers().map().toString());
        return sessionCookie(arrived).orElse(session);
    }

    /** The sign-in form, fetched and posted with {@code session} (if any) and {@code headers}. */
    private static HttpResponse<String> postPassword(String session, String username, String password,
            Map<String, String> headers) throws Exception {
        String page = get("/login.xhtml", session).body();
        Map<String, String> fields = hiddenFields("login", page);
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:signIn", "");
        return post(action("login", page), session, fields, headers);
    }

    /** Whose name the home page says is signed in with this session id, or "" when it sends to the sign-in page. */
    private static String signedInAs(String session) throws Exception {
        HttpResponse<String> home = get("/", session);
        if (home.statusCode() == 302) {
            assertTrue(home.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
            return "";
        }
        assertEquals(200, home.statusCode());
        Matcher who = SIGNED_IN_AS.matcher(home.body());
        assertTrue(who.find(), "a page, so someone is signed in");
        return who.group(1);
    }

    private static HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String session, Map<String, String> fields,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        headers.forEach(request::header);
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst();
    }

    /** The address form {@code id} posts to, absolute. */
    private static String action(String id, String page) {
        return URI.create(BASE).resolve(first(Pattern.compile("<form id=\"" + id + "\"[^>]*action=\"([^\"]*)\""), page)
                .replace("&amp;", "&")).toString();
    }

    /**
     * The hidden fields of form {@code id}, as the browser would send them back, with the page's CSP nonce that
     * PrimeFaces' script adds to each post.
     */
    private static Map<String, String> hiddenFields(String id, String page) {
        int start = page.indexOf("<form id=\"" + id + "\"");
        assertTrue(start >= 0, "no form " + id + " in:\n" + page);
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("primefaces.nonce", first(Pattern.compile(" nonce=\"([^\"]+)\""), page));
        Matcher input = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form);
        while (input.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(input.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        return fields;
    }

    private static String first(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertTrue(m.find(), "no " + pattern + " in:\n" + page);
        return m.group(1);
    }

    /** The status of a WebSocket handshake sent by hand, as a browser on {@code origin}'s page would send it. */
    private static int handshake(String path, String session, String origin) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(PORT))) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + PORT + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\nOrigin: " + origin + "\r\nCookie: JSESSIONID=" + session
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertNotNull(status, "no answer to the handshake");
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
