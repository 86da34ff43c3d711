package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** Signing in and out in a real browser, by keyboard, with an accessibility check of every page. */
class SignInPageIT extends BrowserTest {





    @Test
    void theDemoAdviserSignsInAndSeesTheirHomePage() {
        browser.open("/");
        assertEquals("/login.xhtml", browser.path(), "a page without a session goes to sign-in");
        browser.assertAccessible().screenshot("login");

        browser.signIn("adviser", "adviser-demo-2026");

        assertEquals("/", browser.path());
        assertEquals("Home", browser.text("main h1"));
        assertEquals("Welcome, Asha Patel.", browser.text("#welcome"));
        assertTrue(browser.text("#adviserHome").contains("0808 800 8000"));
        assertTrue(browser.findAll("#supervisorHome, #adminHome").isEmpty(), "no other role's panels");
        assertFalse(browser.pageText().contains("Topics"), "no admin navigation for an adviser");
        browser.assertAccessible().screenshot("adviser-home");
    }

    @Test
    void aWrongPasswordShowsAMessageAndCreatesNoSession() {
        browser.open("/login.xhtml").signIn("adviser", "not-the-password");

        assertEquals("/login.xhtml", browser.path());
        assertTrue(browser.text("#login\\:messages").contains("do not match"));
        assertEquals("", browser.find("#login\\:password").getAttribute("value"), "the password is not shown again");
        assertFalse(browser.hasSessionCookie(), "a failed sign-in leaves no session");
        browser.assertAccessible().screenshot("login-failed");

        browser.open("/index.xhtml");
        assertEquals("/login.xhtml", browser.path());
    }

    @Test
    void emptyFieldsAreNamedAtTheField() {
        browser.open("/login.xhtml");
        browser.find("#login\\:username").sendKeys(Keys.ENTER);

        browser.waitFor("#login\\:usernameMessage.ui-message-error");
        assertTrue(browser.text("#login\\:usernameMessage").contains("Enter your username"));
        assertTrue(browser.text("#login\\:passwordMessage").contains("Enter your password"));
        assertFalse(browser.hasSessionCookie());
        browser.assertAccessible();
    }

    @Test
    void everyPageNeedsASession() {
        for (String page : new String[] {"/", "/index.xhtml", "/admin/topics.xhtml", "/admin/users.xhtml",
                "/no-such-page.xhtml"}) {
            browser.open(page);
            assertEquals("/login.xhtml", browser.path(), page);
        }
    }

    @Test
    void signingOutEndsTheSession() {
        browser.open("/").signIn("supervisor", "supervisor-demo-2026");
        assertTrue(browser.text("#supervisorHome").contains("Asha Patel"), "the team list");
        assertTrue(browser.text("#home\\:alerts").contains("Risk to life"), "the demo risk-to-life alert");
        assertTrue(browser.text("#home\\:escalated").length() > 0);
        browser.assertAccessible();

        browser.submit("#signOutForm\\:signOut");

        browser.waitForPath("/login.xhtml");
        assertTrue(browser.text("#signedOutNotice").contains("signed out"));
        browser.open("/");
        assertEquals("/login.xhtml", browser.path());
    }
}
