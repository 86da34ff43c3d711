package org.helpline.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the sign-in page's form with a plain HTTP client, as a browser posts it, and reads the
 * page it lands on: for a server that has no browser pointed at it (one started on a restored or upgraded
 * database), and for machines without Chromium.
 */
public final class PageSignIn {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]*)\"");
    private static final Pattern SIGNED_IN_AS = Pattern.compile("id=\"signedInAs\">Signed in as <strong>([^<]*)</strong>");

    private final String base;

    public PageSignIn(int port) {
        this.base = "http://127.0.0.1:" + port + "/helpline";
    }

    /** Whom the home page says is signed in after the form is sent, or empty if the sign-in was refused. */
    public String signIn(String username, String password) {
        HttpClient browser = session(username, password);
        Matcher home = SIGNED_IN_AS.matcher(send(browser, HttpRequest.newBuilder(URI.create(base + "/")).GET()));
        return home.find() ? home.group(1) : "";
    }

    /** A browser's cookies after sending the sign-in form, from this server's own origin as a browser would. */
    public HttpClient session(String username, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        String form = send(browser, HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET());
        String fields = "login=login&login%3Ausername=" + encoded(username) + "&login%3Apassword=" + encoded(password)
                + "&login%3AsignIn=&jakarta.faces.ViewState=" + encoded(first(VIEW_STATE, form));
        send(browser, HttpRequest.newBuilder(URI.create(base).resolve(first(ACTION, form).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(fields)));
        return browser;
    }

    private String origin() {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static String send(HttpClient browser, HttpRequest.Builder request) {
        try {
            return browser.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String first(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("The sign-in page has no " + pattern + ":\n" + page);
        }
        return m.group(1);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
