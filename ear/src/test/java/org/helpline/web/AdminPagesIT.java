package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.testing.Browser;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.StaysSignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** Admin pages: the seeded taxonomy and staff, and only for admins. */
@StaysSignedIn(user = "admin", password = "admin-demo-2026")
class AdminPagesIT extends BrowserTest {





    @Test
    void anAdminReachesTheTopicsAndStaffByKeyboard() {
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
        String users = browser.text("#staff\\:users");
        assertTrue(users.contains("Asha Patel"));
        assertTrue(users.contains("Adviser, Supervisor"));
        browser.assertAccessible().screenshot("admin-users");
    }

    @Test
    void anAdminAddsAMemberOfStaffByKeyboardAndAWeakPasswordIsRefusedAtItsField() {
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
        assertTrue(browser.text("#staff\\:users").contains(username));
    }

    @Test
    void theServicesDirectoryFindsTheFacetsCourse() {
        browser.forgetEverything().open("/").signIn("adviser", "adviser-demo-2026");
        browser.open("/directory/index.xhtml");
        browser.find("#directory\\:text").sendKeys("fatigue", Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> browser.text("#directory\\:services").contains("FACETS fatigue-management course"));
        browser.assertAccessible().screenshot("directory");
    }

    @Test
    void anAdminIsTurnedAwayFromTheAdvisersPages() {
        for (String page : new String[] {"/calls/log.xhtml", "/followups/mine.xhtml", "/search.xhtml"}) {
            browser.open(page);
            assertEquals("Not allowed", browser.text("main h1"), page);
        }
    }

    @Test
    void anAdminReadsARecordsHistoryAndWhoWasRefusedByKeyboard() {
        browser.forgetEverything().open("/").signIn("adviser", "adviser-demo-2026");
        browser.open("/admin/history.xhtml");
        assertEquals("Not allowed", browser.text("main h1"));
        browser.driver().manage().deleteAllCookies();

        browser.open("/").signIn("admin", "admin-demo-2026");
        browser.open("/admin/access-log.xhtml");
        String refusals = browser.text("#log\\:refusals");
        assertTrue(refusals.contains("adviser") && refusals.contains("/admin/history.xhtml"), refusals);
        browser.assertAccessible().screenshot("admin-access-log");

        String username = "hist-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.open("/admin/user.xhtml");
        browser.driver().switchTo().activeElement().sendKeys("Heledd History", Keys.TAB, username, Keys.TAB,
                Keys.TAB, Keys.SPACE);
        browser.find("#user\\:password").sendKeys("kettle orbit tulip river", Keys.ENTER);
        browser.waitForPath("/admin/users.xhtml");
        String userId = browser.findAll("#staff\\:users tbody tr").stream()
                .filter(r -> r.findElements(org.openqa.selenium.By.cssSelector("td")).get(1).getText().equals(username))
                .findFirst().orElseThrow().findElement(org.openqa.selenium.By.cssSelector("a")).getAttribute("href")
                .replaceAll(".*[?&]id=(\\d+).*", "$1");

        browser.open("/admin/history.xhtml");
        // The cursor starts in the number; the kind of record is one Shift+Tab back.
        browser.driver().switchTo().activeElement().sendKeys("abc", Keys.ENTER);
        browser.waitFor("#history\\:id + .field-error");
        assertEquals("A record's number is a whole number", browser.text("#history\\:id + .field-error"));
        browser.assertAccessible();
        browser.find("#history\\:record").sendKeys("Staff");
        browser.find("#history\\:id").clear();
        browser.find("#history\\:id").sendKeys(userId, Keys.ENTER);
        browser.waitFor("#historyHeading");
        assertEquals("Staff account " + userId, browser.text("#historyHeading"));
        String history = browser.text("#revisions");
        assertTrue(history.contains("Added on") && history.contains("by admin"), history);
        assertTrue(history.contains("displayName") && history.contains("Heledd History"), history);
        assertTrue(history.contains("roles") && history.contains("ADVISER"), history);
        browser.assertAccessible().screenshot("admin-history");
    }

    @Test
    void anAdminFindsACallerDownloadsTheirDataAndErasureAsksForAReasonAndAConfirmation() {
        browser.open("/admin/caller-data.xhtml");
        browser.assertAccessible();
        browser.driver().switchTo().activeElement().sendKeys("x", Keys.ENTER);
        browser.waitFor("#findCaller\\:typed + .field-error");
        assertTrue(browser.text("#findCaller\\:typed + .field-error").contains("at least two letters"));
        browser.find("#findCaller\\:typed").clear();
        browser.find("#findCaller\\:typed").sendKeys("Daniel Okoro", Keys.ENTER);
        browser.waitFor("#resultsHeading");
        String found = browser.text("#choose\\:callers");
        assertTrue(found.contains("Daniel Okoro") && found.contains("07700 900102"), found);
        browser.assertAccessible().screenshot("admin-caller-data");

        String json = browser.find("#choose\\:callers a[id$='json']").getAttribute("href");
        Browser.Fetched file = browser.fetch(json.substring(json.indexOf("/admin/")));
        assertEquals(200, file.status());
        assertTrue(file.contentType().startsWith("application/json"), file.contentType());
        assertTrue(file.text().contains("\"fullName\": \"Daniel Okoro\"") || file.text().contains("\"fullName\":\"Daniel Okoro\""));
        assertEquals(400, browser.fetch("/admin/caller-data/export?caller=abc&format=json").status());
        assertEquals(404, browser.fetch("/admin/caller-data/export?caller=987654321&format=pdf").status());

        browser.find("#choose\\:callers button[id$='chooseToErase']").sendKeys(Keys.ENTER);
        browser.waitFor("#eraseHeading");
        browser.driver().switchTo().activeElement().sendKeys("Asked by letter, 2 December", Keys.ENTER);
        browser.waitFor("#erase\\:confirmed ~ .field-error");
        assertTrue(browser.text("#erase\\:confirmed ~ .field-error").contains("cannot be undone"));
        browser.assertAccessible();
    }

    @Test
    void anAdviserIsTurnedAwayFromAdminPages() {
        browser.forgetEverything().open("/").signIn("adviser", "adviser-demo-2026");

        browser.open("/admin/topics.xhtml");

        assertEquals("Not allowed", browser.text("main h1"));
        assertTrue(browser.findAll("#topic-diagnosis").isEmpty());
        browser.assertAccessible();
    }
}
