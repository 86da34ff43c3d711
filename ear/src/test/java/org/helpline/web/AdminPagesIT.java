package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** Admin pages: the seeded taxonomy and staff, and only for admins. */
class AdminPagesIT extends BrowserTest {





    @Test
    void anAdminReachesTheTopicsAndStaffByKeyboard() {
        browser.open("/").signIn("admin", "admin-demo-2026");
        assertTrue(browser.text("#adminHome").contains("Topic taxonomy"));
        browser.assertAccessible();

        browser.find("#adminHome a[href*='topics']").sendKeys(Keys.ENTER);
        browser.waitForPath("/admin/topics.xhtml");
        String topics = browser.text("main");
        assertTrue(topics.contains("Scams and unproven treatments"));
        assertTrue(topics.contains("CAR-T cell therapy"));
        assertTrue(topics.contains("Fatigue (including the FACETS course)"));
        browser.assertAccessible().screenshot("admin-topics");

        browser.open("/admin/users.xhtml");
        String users = browser.text("#users");
        assertTrue(users.contains("Asha Patel"));
        assertTrue(users.contains("Adviser, Supervisor"));
        browser.assertAccessible().screenshot("admin-users");
    }

    @Test
    void anAdminAddsAMemberOfStaffByKeyboardAndAWeakPasswordIsRefusedAtItsField() {
        browser.open("/").signIn("admin", "admin-demo-2026");
        browser.open("/admin/users.xhtml");
        browser.find("#addUser").sendKeys(Keys.ENTER);
        browser.waitForPath("/admin/user.xhtml");
        browser.assertAccessible();
        String username = "kb-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        // The cursor starts in the name; Tab moves through the form in order.
        browser.driver().switchTo().activeElement().sendKeys("Keyboard Kim", Keys.TAB, username, Keys.TAB,
                Keys.TAB, Keys.SPACE);
        browser.find("#user\\:password").sendKeys("password1234");
        browser.submit("#user\\:save");
        assertEquals("That password is one of the most common; choose another",
                browser.text("#user\\:password + .hint + .field-error"));
        assertEquals("user:password", browser.driver().switchTo().activeElement().getAttribute("id"),
                "the cursor is put back at the field in error");
        browser.assertAccessible();
        browser.find("#user\\:password").sendKeys("kettle orbit tulip river", Keys.ENTER);
        browser.waitForPath("/admin/users.xhtml");
        assertTrue(browser.text("#messages").contains("Keyboard Kim’s account saved."), browser.text("#messages"));
        assertTrue(browser.text("#users").contains(username));
    }

    @Test
    void theServicesDirectoryFindsTheFacetsCourse() {
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.open("/directory/index.xhtml");
        browser.find("#directory\\:text").sendKeys("fatigue", Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> browser.text("#directory\\:services").contains("FACETS fatigue-management course"));
        browser.assertAccessible().screenshot("directory");
    }

    @Test
    void anAdminIsTurnedAwayFromTheAdvisersPages() {
        browser.open("/").signIn("admin", "admin-demo-2026");
        for (String page : new String[] {"/calls/log.xhtml", "/followups/mine.xhtml", "/search.xhtml"}) {
            browser.open(page);
            assertEquals("Not allowed", browser.text("main h1"), page);
        }
    }

    @Test
    void anAdviserIsTurnedAwayFromAdminPages() {
        browser.open("/").signIn("adviser", "adviser-demo-2026");

        browser.open("/admin/topics.xhtml");

        assertEquals("Not allowed", browser.text("main h1"));
        assertTrue(browser.findAll("#topic-diagnosis").isEmpty());
        browser.assertAccessible();
    }
}
