package org.helpline.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, pointed at the test server. The browser and driver
 * are the system's ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}); nothing is downloaded.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String origin;
    private final String base;

    public Browser() {
        this(Integer.getInteger("helpline.http.port", 8180));
    }

    /** A browser pointed at another server on this machine: a cluster node, or the balancer in front. */
    public Browser(int port) {
        String chromium = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String chromedriver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        boolean installed = new File(chromium).canExecute() && new File(chromedriver).canExecute();
        if (!installed && !Boolean.getBoolean("helpline.browser.required")) {
            Assumptions.abort("Browser tests skipped: install Debian's chromium and chromium-driver to run them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        origin = "http://127.0.0.1:" + port;
        base = origin + "/helpline";
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path under the application, e.g. {@code /admin/topics.xhtml}. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        String path = url.startsWith(base) ? url.substring(base.length()) : url;
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** Waits until the browser has navigated to {@code path} (keyboard-driven navigation is asynchronous). */
    public Browser waitForPath(String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> expected.equals(path())
                    && "complete".equals(driver.executeScript("return document.readyState")));
        } catch (TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw new TimeoutException("Still at " + driver.getCurrentUrl() + ", expected " + expected, e);
        }
        return this;
    }

    /**
     * Opens the action panel {@code details#panelId} (the case page's, the caller page's) as a keyboard user
     * would, Enter on its summary, unless it is open already.
     */
    public Browser openPanel(String panelId) {
        WebElement details = find("details#" + panelId);
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> details.getAttribute("open") != null);
        }
        return this;
    }

    /** Clicks a button that submits the whole page, and waits until the new page has replaced the old one. */
    public Browser submit(String buttonCss) {
        driver.executeScript("window.helplineOldPage = true;");
        find(buttonCss).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.helplineOldPage === undefined && document.readyState === 'complete';")));
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The row of a table ({@code tableCss}) whose text contains {@code text}. */
    public WebElement rowContaining(String tableCss, String text) {
        return findAll(tableCss + " tbody tr").stream().filter(row -> row.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No row with " + text + " in " + tableCss + ": " + pageText()));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String pageText() {
        return text("body");
    }

    /** Waits for an element to show; on time-out saves a screenshot (target/screenshots/timeout-*.png). */
    public WebElement waitFor(String css) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    /** Types into the sign-in form and presses Enter, as an adviser on the phone would. */
    public Browser signIn(String username, String password) {
        if (!path().equals("/login.xhtml")) {
            open("/login.xhtml");
        }
        WebElement user = find("#login\\:username");
        user.clear();
        user.sendKeys(username);
        WebElement pass = find("#login\\:password");
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            Object state = ((ChromeDriver) d).executeScript("return document.readyState");
            return "complete".equals(state) && d.findElements(By.cssSelector("#login\\:password")).isEmpty()
                    || !d.findElements(By.cssSelector("#login .ui-message-error, #login .form-errors li")).isEmpty();
        });
        return this;
    }

    /** Types a code from an authenticator app into the sign-in's second step and presses Enter. */
    public Browser enterCode(String code) {
        WebElement field = find("#code\\:otp");
        field.clear();
        field.sendKeys(code, Keys.ENTER);
        // Chromium may answer "node does not belong to the document" instead of "stale" while the page turns.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                field.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            Object state = ((ChromeDriver) d).executeScript("return document.readyState");
            return "complete".equals(state) && d.findElements(By.cssSelector("#code\\:otp")).isEmpty()
                    || !d.findElements(By.cssSelector("#code .ui-message-error, #code .form-errors li")).isEmpty();
        });
        return this;
    }

    /**
     * Opens the log-a-contact page and fills in a named caller who consents, one topic (the first match
     * for {@code topicTyped}) and a summary; saving is left to the test. For tests whose business is a case
     * or a caller; those that go on with the form use {@link ContactFormPage} itself.
     */
    public Browser fillNamedCall(String phone, String name, String topicTyped, String summary) {
        new ContactFormPage(this).fillNamedCall(phone, name, topicTyped, summary);
        return this;
    }

    /**
     * Saves the filled-in contact form into a new case called {@code title}, then opens that case from
     * the adviser's home page with the keyboard.
     */
    public Browser saveIntoNewCaseAndOpenIt(String title) {
        new ContactFormPage(this).saveIntoNewCase(title);
        open("/");
        findAll("#home\\:myCases a").stream().filter(a -> a.findElement(By.xpath("../..")).getText().contains(title))
                .findFirst().orElseThrow().sendKeys(Keys.ENTER);
        return waitForPath("/cases/view.xhtml");
    }

    public boolean hasSessionCookie() {
        return sessionCookie() != null;
    }

    /** The session cookie's value on the page open now, or null. */
    public String sessionCookie() {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * Back to what a new browser has for the application, without the cost of starting one: a single new
     * tab (so no page of the last test still listens or polls), no cookies (signed out), nothing stored.
     */
    public Browser forgetEverything() {
        String fresh = driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB).getWindowHandle();
        for (String tab : driver.getWindowHandles()) {
            if (!tab.equals(fresh)) {
                driver.switchTo().window(tab).close();
            }
        }
        driver.switchTo().window(fresh);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin,
                "storageTypes", "local_storage,indexeddb,cache_storage,service_workers"));
        return this;
    }

    /** False once closed. */
    public boolean isOpen() {
        return driver.getSessionId() != null;
    }

    /** A response fetched by the page itself, with its session: status, media type and the body in Base64. */
    public record Fetched(long status, String contentType, byte[] body, String contentSecurityPolicy) {

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Fetches a path under the application the way a link in the page would, signed in as the page is. */
    @SuppressWarnings("unchecked")
    public Fetched fetch(String path) {
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    let binary = '';
                    for (let i = 0; i < bytes.length; i += 8192) {
                        binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
                    }
                    done({status: r.status, type: r.headers.get('Content-Type') || '', body: btoa(binary),
                          policy: r.headers.get('Content-Security-Policy') || ''});
                }).catch(e => done({status: -1, type: '', body: btoa(String(e)), policy: ''}));
                """, base + path);
        return new Fetched(((Number) result.get("status")).longValue(), (String) result.get("type"),
                java.util.Base64.getDecoder().decode((String) result.get("body")), (String) result.get("policy"));
    }

    /** Fails on any axe-core finding of serious or critical impact on the page as it is now. */
    public Browser assertAccessible() {
        if (driver.findElements(By.cssSelector("main#main")).isEmpty()) {
            fail("Not a Helpline page at " + path() + " (a server error?): " + pageText());
        }
        // Judged as it settles, not halfway through a button's fade from its focused colours (a transition caught
        // midway has the contrast of neither end) or while a request is still out. Endless animations (a spinner)
        // are not waited for.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                Boolean.TRUE.equals(driver.executeScript("return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && document.getAnimations().every(a => a.playState !== 'running'"
                        + " || !a.effect || a.effect.getComputedTiming().iterations === Infinity);")));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .collect(Collectors.toList());
        if (!bad.isEmpty()) {
            fail("Accessibility problems on " + path() + ":\n" + bad.stream()
                    .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
        return this;
    }

    /** Saves what the browser shows, for a person to look at (target/screenshots/NAME.png). */
    public Browser screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
