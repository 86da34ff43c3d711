package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.helpline.testing.Browser;
import org.helpline.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;

/**
 * The headers every response carries, the session cookie's attributes, the idle warning and sign-out
 * (OWASP ASVS 3 and 14.4).
 */
class SecurityHeadersIT extends BrowserTest {

    private static final String BASE = "http://127.0.0.1:" + System.getProperty("helpline.http.port", "8180") + "/helpline";

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        List<String> values = response.headers().allValues(name);
        assertEquals(1, values.size(), name + " once: " + values);
        return values.get(0);
    }

    @Test
    void pagesCarryAStrictContentPolicyWithANonceAndAreNeverCached() throws Exception {
        HttpResponse<String> page = get("/login.xhtml");
        assertEquals(200, page.statusCode());
        String policy = header(page, "Content-Security-Policy");
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), policy);
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "PrimeFaces' scripts carry the nonce");
        assertFalse(page.body().matches("(?s).*<script(?![^>]*nonce=)(?![^>]*src=)[^>]*>.*"), "no inline script without it");
        assertEquals("nosniff", header(page, "X-Content-Type-Options"));
        assertEquals("same-origin", header(page, "Referrer-Policy"));
        assertEquals("DENY", header(page, "X-Frame-Options"));
        assertEquals("no-store", header(page, "Cache-Control"));
        assertFalse(page.headers().firstValue("Set-Cookie").isPresent(), "the sign-in page makes no session");
    }

    @Test
    void otherResponsesHaveAPolicyTooAndStylesMayBeCached() throws Exception {
        HttpResponse<String> style = get("/jakarta.faces.resource/helpline.css.xhtml?ln=helpline");
        assertEquals(200, style.statusCode());
        assertTrue(header(style, "Cache-Control").contains("max-age="), "styles hold nothing personal");
        HttpResponse<String> export = get("/reports/monthly/export?month=2025-10&format=csv");
        assertEquals(302, export.statusCode(), "not signed in: to the sign-in page");
        assertTrue(header(export, "Location").contains("/login.xhtml"));
        assertEquals(302, get("/keep-alive").statusCode(), "keep-alive needs a session like everything else");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndSignOutEndsTheSession() {
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(session.isHttpOnly());
        assertEquals("Strict", session.getSameSite());
        assertFalse(browser.driver().getCurrentUrl().contains(session.getValue()), "never in the URL");
        assertEquals("900", browser.find("#sessionWarning").getAttribute("data-idle-seconds"), "15 minutes idle");

        browser.find("#signOutForm\\:signOut").sendKeys(Keys.ENTER);
        browser.waitForPath("/login.xhtml");
        browser.driver().manage().addCookie(session);
        browser.open("/calls/log.xhtml");
        assertEquals("/login.xhtml", browser.path(), "the old session is gone on the server too");
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndOverPlainHttpItCannotBe() throws Exception {
        int https = Integer.parseInt(System.getProperty("helpline.http.port", "8180")) - 8080 + 8443;
        String secure = signInCookie("https://localhost:" + https + "/helpline");
        assertTrue(secure.contains("; Secure") || secure.contains(";Secure") || secure.toLowerCase().contains("; secure"), secure);
        assertTrue(secure.contains("HttpOnly") && secure.contains("SameSite=Strict"), secure);
        assertTrue(lastHttps.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="),
                "HSTS over HTTPS");
        assertFalse(get("/login.xhtml").headers().firstValue("Strict-Transport-Security").isPresent(), "and only then");
        assertEquals("0", header(get("/login.xhtml"), "X-XSS-Protection"), "the old XSS auditors off");
        String plain = signInCookie(BASE);
        assertFalse(plain.toLowerCase().contains("secure"), "over plain HTTP a Secure cookie would never come back: " + plain);
    }

    private static HttpResponse<String> lastHttps;

    /** Signs in through the Faces form with a plain HTTP client; answers the session cookie it was given. */
    private static String signInCookie(String base) throws Exception {
        javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
        trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) {
            }

            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) {
            }

            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        // The server's own self-signed certificate, made for "localhost": trusted here, for this test only.
        HttpClient client = HttpClient.newBuilder().sslContext(trustAll).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (base.startsWith("https")) {
            lastHttps = form;
        }
        String html = form.body();
        String viewState = html.replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\".*", "$1");
        String action = html.replaceAll("(?s).*<form id=\"login\"[^>]*action=\"([^\"]*)\".*", "$1").replace("&amp;", "&");
        String body = "login=login&login%3Ausername=adviser&login%3Apassword=adviser-demo-2026&login%3AsignIn="
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base).resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie from signing in at " + base + ": "
                        + answer.statusCode() + " " + answer.headers().map()));
    }

    @Test
    void theIdleWarningKeepsTheKeyboardAndStayingSignedInRenewsTheSession() {
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("HelplineSession.show();");
        assertTrue(browser.find("#sessionWarning").isDisplayed());
        assertEquals("staySignedIn", browser.driver().switchTo().activeElement().getAttribute("id"));
        assertTrue(browser.text("#sessionWarning").contains("kept as a draft"));
        browser.assertAccessible().screenshot("idle-warning");
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("staySignedIn", browser.driver().switchTo().activeElement().getAttribute("id"), "Tab stays in it");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                .until(d -> !browser.find("#sessionWarning").isDisplayed());
        Browser.Fetched alive = browser.fetch("/keep-alive");
        assertEquals(204, alive.status());
        assertTrue(alive.contentSecurityPolicy().contains("frame-ancestors 'none'"), "responses that are not pages too");
    }
}
