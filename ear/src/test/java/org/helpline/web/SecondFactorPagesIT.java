package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.helpline.security.PasswordHasher;
import org.helpline.security.Role;
import org.helpline.security.Totp;
import org.helpline.security.UserAccount;
import org.helpline.security.UserAccounts;
import org.helpline.testing.AsNobody;
import org.helpline.testing.Browser;
import org.helpline.testing.Database;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * The second factor in a real browser, by keyboard, with an accessibility check of each step: an adviser
 * sets one up on their own page and signs in with it; a supervisor, when the setting requires it, is asked
 * to set one up at sign-in. The first and last methods run inside the server to prepare the accounts and
 * to turn the setting on and off again; the browser steps run from outside.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecondFactorPagesIT {

    private static final String REQUIRED = "helpline.security.second-factor-required";
    private static final String ADVISER = "tfa-page-adviser";
    private static final String SUPERVISOR = "tfa-page-supervisor";
    private static final String PASSWORD = "lantern meadow copper 81";

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
    void prepareTheAccountsAndRequireASecondFactor() {
        for (String username : List.of(ADVISER, SUPERVISOR)) {
            Role role = username.equals(ADVISER) ? Role.ADVISER : Role.SUPERVISOR;
            setup.run(() -> {
                if (accounts.findByUsername(username).isEmpty()) {
                    accounts.add(new UserAccount(username, username.equals(ADVISER) ? "Ffion Adviser" : "Sam Supervisor",
                            null, hasher.hash(PASSWORD.toCharArray()), EnumSet.of(role), Instant.now()));
                }
            });
        }
        // A second run against the same database starts from no second factor again.
        db.nativeUpdate("update user_account set totp_secret = null, totp_pending_secret = null, totp_last_step = 0, "
                + "second_factor_since = null, failed_sign_ins = 0, locked_until = null, sign_in_challenge = null, "
                + "sign_in_challenge_until = null where username in (?1, ?2)", ADVISER, SUPERVISOR);
        System.setProperty(REQUIRED, "true");
    }

    @Test
    @Order(2)
    @RunAsClient
    void anAdviserSetsUpASecondFactorAndThenSignsInWithIt() {
        try (Browser browser = new Browser()) {
            browser.signIn(ADVISER, PASSWORD);
            assertEquals("/", browser.path(), "an adviser is not asked for a second factor");
            browser.find("#signOutForm\\:navSecondFactor").sendKeys(Keys.ENTER);
            browser.waitForPath("/account/second-factor.xhtml");
            assertTrue(browser.text("#secondFactorStatus").contains("is off"));
            browser.assertAccessible();

            browser.find("#setUp\\:begin").sendKeys(Keys.ENTER);
            browser.waitFor("#setUpKey");
            assertFalse(browser.findAll("#confirm .qr-code svg[role='img']").isEmpty(), "a QR code to scan");
            browser.assertAccessible().screenshot("second-factor-set-up");
            String secret = browser.text("#setUpKey").replace(" ", "");
            assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
            long step = Totp.stepAt(Instant.now());

            browser.find("#confirm\\:code").sendKeys(Totp.code(secret, step + 20), Keys.ENTER);
            browser.waitFor("#confirm .field-error");
            assertTrue(browser.text("#confirm .field-error").contains("does not match"));
            browser.assertAccessible();
            String sessionBefore = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            browser.find("#confirm\\:code").sendKeys(Totp.code(secret, step), Keys.ENTER);
            browser.waitFor(".form-info");
            assertTrue(browser.text("#secondFactorStatus").contains("is on"), browser.text("#secondFactorStatus"));
            assertNotEquals(sessionBefore, browser.driver().manage().getCookieNamed("JSESSIONID").getValue(),
                    "turning the second factor on gives the session a new id");
            assertTrue(browser.findAll("#setUpKey").isEmpty(), "the secret is not shown again");

            browser.find("#signOutForm\\:signOut").sendKeys(Keys.ENTER);
            browser.waitForPath("/login.xhtml");
            browser.driver().manage().deleteAllCookies();
            browser.signIn(ADVISER, PASSWORD);
            assertEquals("/login.xhtml", browser.path());
            assertTrue(browser.pageText().contains("Enter the six-digit code"));
            assertFalse(browser.hasSessionCookie(), "no session until the code is right");
            browser.assertAccessible().screenshot("sign-in-code");

            browser.enterCode(Totp.code(secret, step));
            assertTrue(browser.text("#code .ui-message-error").contains("used already"), "a spent code");
            assertFalse(browser.hasSessionCookie());
            browser.enterCode(Totp.code(secret, step + 1));
            assertEquals("/", browser.path());
            assertEquals("Welcome, Ffion Adviser.", browser.text("#welcome"));
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void whenRequiredASupervisorSetsOneUpAtSignIn() {
        try (Browser browser = new Browser()) {
            browser.signIn(SUPERVISOR, PASSWORD);
            assertEquals("/login.xhtml", browser.path());
            assertTrue(browser.text("main h2").contains("Set up a second factor"));
            assertFalse(browser.findAll("#code .qr-code svg[role='img']").isEmpty(), "a QR code to scan");
            browser.assertAccessible().screenshot("sign-in-set-up");
            String secret = browser.text("#setUpKey").replace(" ", "");

            browser.enterCode("12 34");
            assertTrue(browser.text("#code .ui-message-error").contains("does not match"));
            assertEquals(secret, browser.text("#setUpKey").replace(" ", ""), "the same secret, still there");
            browser.enterCode(Totp.code(secret, Totp.stepAt(Instant.now())));
            assertEquals("/", browser.path());
            assertTrue(browser.hasSessionCookie());

            browser.open("/account/second-factor.xhtml");
            assertTrue(browser.text("#secondFactorStatus").contains("Your role must sign in with one"));
            assertTrue(browser.findAll("#turnOff").isEmpty(), "no turning it off");
            browser.assertAccessible();
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void anAdminResetsTheAdvisersSecondFactorForALostPhone() {
        try (Browser browser = new Browser()) {
            browser.signIn("admin", "admin-demo-2026");
            browser.open("/admin/users.xhtml");
            assertTrue(browser.rowContaining("#staff\\:users", ADVISER).getText().contains("On"), "the list shows it on");
            browser.rowContaining("#staff\\:users", ADVISER).findElement(org.openqa.selenium.By.cssSelector("a")).sendKeys(Keys.ENTER);
            browser.waitForPath("/admin/user.xhtml");
            assertTrue(browser.text("#secondFactorLine").startsWith("On since"));
            browser.assertAccessible();
            browser.find("#secondFactor\\:resetSecondFactor").sendKeys(Keys.ENTER);
            browser.waitForPath("/admin/users.xhtml");
            assertTrue(browser.text(".form-info").contains("second factor is reset"));
            assertTrue(browser.rowContaining("#staff\\:users", ADVISER).getText().contains("Off"), "now off");
        }
        try (Browser browser = new Browser()) {
            browser.signIn(ADVISER, PASSWORD);
            assertEquals("/", browser.path(), "the password alone again");
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    void aForgedOrHostileTokenOnlyAsksToSignInAgain() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI login = URI.create("http://127.0.0.1:" + System.getProperty("helpline.http.port", "8180")
                + "/helpline/login.xhtml");
        HttpResponse<String> noNonce = http.send(HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=code&code%3Atoken=x&code%3Aotp=123456"
                        + "&jakarta.faces.ViewState=stateless")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, noNonce.statusCode(), "a post not from the page itself: refused, before anyone signs in");
        assertTrue(noNonce.body().contains("That page had expired"));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(login).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile(" nonce=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(nonce.find(), "the page's nonce, which its own posts carry back");
        for (String token : List.of("", "not-a-token", "<script>alert('token')</script>", "' or '1'='1' --",
                "x".repeat(5000), "\u0000\u202e", "%00")) {
            String body = Map.of("code", "code", "code:token", token, "code:otp", "<script>alert('otp')</script>",
                    "code:verify", "Sign in", "jakarta.faces.ViewState", "stateless",
                    "primefaces.nonce", nonce.group(1)).entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(login)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String shown = token.length() > 40 ? token.substring(0, 40) : token;
            assertEquals(200, answer.statusCode(), shown);
            assertTrue(answer.body().contains("Sign in again"), shown);
            assertFalse(answer.body().contains("<script>alert("), "nothing typed comes back as script: " + shown);
            assertTrue(answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    "no session: " + shown);
        }
    }

    /** Before the demo admin signs in: the demo accounts have no second factor. */
    @Test
    @Order(4)
    void stopRequiringIt() {
        System.clearProperty(REQUIRED);
    }
}
