package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** A manager reads the monthly report, and nothing with callers' details. */
class ReportPagesIT extends BrowserTest {

    @Test
    void aManagerReadsTheMonthlyReportByKeyboard() {
        browser.open("/").signIn("manager", "manager-demo-2026");
        assertTrue(browser.text("#managerHome").contains("The monthly report"));
        browser.assertAccessible();
        browser.find("#navReports").sendKeys(Keys.ENTER);
        browser.waitForPath("/reports/monthly.xhtml");
        assertTrue(browser.text("#contacts").contains("All contacts"));
        assertTrue(browser.text("#contacts").contains("Europe/London"), "the counting rule is on the report");
        browser.assertAccessible().screenshot("report");

        new Select(browser.find("#report\\:line")).selectByValue("nurse-line");
        browser.submit("#report\\:show");
        assertTrue(!browser.text("#reportHeading").contains("all lines"), browser.text("#reportHeading"));
        assertEquals(1, browser.findAll("#line tbody tr").size(), "only the chosen line");
    }

    @Test
    void aManagerSeesNoCallerDetails() {
        browser.open("/").signIn("manager", "manager-demo-2026");
        for (String page : new String[] {"/calls/log.xhtml", "/search.xhtml", "/cases/view.xhtml?id=1",
                "/followups/mine.xhtml", "/supervision/index.xhtml", "/supervision/safeguarding.xhtml",
                "/admin/users.xhtml", "/directory/index.xhtml"}) {
            browser.open(page);
            assertEquals("Not allowed", browser.text("main h1"), page);
        }
    }

    @Test
    void anAdviserCannotOpenTheReport() {
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.open("/reports/monthly.xhtml");
        assertEquals("Not allowed", browser.text("main h1"));
    }
}
