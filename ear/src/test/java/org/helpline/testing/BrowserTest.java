package org.helpline.testing;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the deployed EAR from one headless Chromium per test class (starting Chromium costs
 * more than most tests). Each test starts as in a new browser: no page open, signed out, nothing stored;
 * or, in a class that {@link StaysSignedIn}, on the home page of the class's session.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
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

    @BeforeEach
    void startAsInANewBrowser() {
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
}
