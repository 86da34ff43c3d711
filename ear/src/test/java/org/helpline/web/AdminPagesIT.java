package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.testing.Browser;
import org.helpline.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/** Admin pages: the seeded taxonomy and staff, and only for admins. */
@ExtendWith(ArquillianExtension.class)
class AdminPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.helpline();
    }

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdminReachesTheTopicsAndStaffByKeyboard() {
        browser.open("/").signIn("admin", "admin-demo-2026");
        assertTrue(browser.text("#adminHome").contains("Topic taxonomy"));
        browser.assertAccessible();

        browser.find("#adminHome a[href*='topics']").sendKeys(Keys.ENTER);
        assertEquals("/admin/topics.xhtml", browser.path());
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
    void anAdviserIsTurnedAwayFromAdminPages() {
        browser.open("/").signIn("adviser", "adviser-demo-2026");

        browser.open("/admin/topics.xhtml");

        assertEquals("Not allowed", browser.text("main h1"));
        assertTrue(browser.findAll("#topic-diagnosis").isEmpty());
        browser.assertAccessible();
    }
}
