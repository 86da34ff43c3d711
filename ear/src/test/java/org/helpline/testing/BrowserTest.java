package org.helpline.testing;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A test that drives the deployed EAR from one headless Chromium per test class (starting Chromium costs
 * more than most tests). Each test starts as in a new browser: no page open, signed out, nothing stored;
 * or, in a class that {@link StaysSignedIn}, on the home page of the class's session.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserTest.KeepWhatFailed.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    /** The class's browser; a test may close it and put a new one here (the next test then signs in again). */
    protected Browser browser;

    /** The session cookie of the class's sign-in, if it {@link StaysSignedIn}. */
    private String classSession;

    @BeforeAll
    void openBrowser() {
        browser = new Browser();
    }

    /** The server's log from the start of the running test, kept with the screenshot if the test fails. */
    private ServerLog testLog;

    @BeforeEach
    void startAsInANewBrowser() {
        try {
            testLog = ServerLog.mark();
        } catch (java.io.IOException | IllegalStateException e) {
            testLog = null; // no server log here (a server other than the build's): the screenshot alone then
        }
        StaysSignedIn account = getClass().getAnnotation(StaysSignedIn.class);
        if (account != null && classSession != null && browser.isOpen()) {
            browser.open("/");
            if (classSession.equals(browser.sessionCookie()) && !browser.path().equals("/login.xhtml")) {
                return;
            }
        }
        if (!browser.isOpen()) {
            browser = new Browser();
        }
        browser.forgetEverything();
        if (account != null) {
            browser.open("/").signIn(account.user(), account.password());
            classSession = browser.sessionCookie();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) { // null when Chromium is missing and the class was skipped
            browser.close();
        }
    }

    /**
     * What a failed test left: the page as the browser showed it, its HTML, and what the server logged meanwhile,
     * in target/screenshots/failed-CLASS-METHOD.*, for whoever reads a failed CI run.
     */
    static final class KeepWhatFailed implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            context.getTestInstance().filter(BrowserTest.class::isInstance).map(BrowserTest.class::cast)
                    .ifPresent(test -> test.keep("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName()));
        }
    }

    private void keep(String name) {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        // Each on its own: a browser that crashed or shows an alert still leaves the server's log.
        keep(name + ".server.log", () -> {
            if (testLog != null) {
                java.nio.file.Files.createDirectories(dir);
                java.nio.file.Files.writeString(dir.resolve(name + ".server.log"), testLog.since());
            }
        });
        if (browser != null && browser.isOpen()) {
            keep(name + ".png", () -> browser.screenshot(name));
            keep(name + ".html", () -> {
                java.nio.file.Files.createDirectories(dir);
                java.nio.file.Files.writeString(dir.resolve(name + ".html"), browser.driver().getPageSource());
            });
        }
    }

    private interface Keeping {
        void run() throws java.io.IOException;
    }

    private static void keep(String what, Keeping keeping) {
        try {
            keeping.run();
        } catch (RuntimeException | java.io.IOException e) {
            System.err.println("Could not keep " + what + ": " + e);
        }
    }
}
