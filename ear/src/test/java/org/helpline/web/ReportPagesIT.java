package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.testing.Browser;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.StaysSignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** A manager reads the monthly report, and nothing with callers' details. */
@StaysSignedIn(user = "manager", password = "manager-demo-2026")
class ReportPagesIT extends BrowserTest {

    @Test
    void aManagerReadsTheMonthlyReportByKeyboard() {
        assertTrue(browser.text("#managerHome").contains("The monthly report"));
        browser.assertAccessible();
        browser.find("#navReports").sendKeys(Keys.ENTER);
        browser.waitForPath("/reports/monthly.xhtml");
        assertTrue(browser.text("#contacts").contains("All contacts"));
        assertTrue(browser.text("#contacts").contains("Europe/London"), "the counting rule is on the report");
        assertTrue(browser.text("#reportHeading").endsWith(", all lines"), browser.text("#reportHeading"));
        assertTrue(browser.text("#summary").contains("At a glance"), "the summary first");
        assertTrue(browser.find("#summary").getLocation().getY() < browser.find("#contacts").getLocation().getY(),
                "the summary above the sections");
        assertEquals(browser.text("#contacts tr[data-code='all'] td"),
                browser.text("#headlines tr[data-code='contacts.all'] td strong"), "the headline is the section's figure");
        assertTrue(browser.text("#h-trend").startsWith("Contacts by channel, "), "the 13 months' trend");
        assertEquals(1, browser.findAll("#summary canvas").size(), "a chart of the trend");
        assertTrue(browser.text("#h-topTopics").equals("Top topics"));
        assertTrue(browser.text("#busyRule").startsWith("Contacts in "), "what the busiest-times grid counts");
        browser.assertAccessible().screenshot("report");

        new Select(browser.find("#report\\:line")).selectByValue("nurse-line");
        browser.submit("#report\\:show");
        assertTrue(browser.text("#reportHeading").endsWith(", MS Nurse line"), "the line named: "
                + browser.text("#reportHeading"));
        assertEquals(1, browser.findAll("#line tbody tr").size(), "only the chosen line");
    }

    @Test
    void publishedMonthsChangedSincePublicationAreListed() {
        browser.open("/reports/monthly.xhtml");
        browser.find("#changesLink").sendKeys(Keys.ENTER);
        browser.waitForPath("/reports/changes.xhtml");
        assertTrue(!browser.findAll("#noChanges").isEmpty() || !browser.findAll("#changedMonths").isEmpty());
        browser.assertAccessible();
        if (!browser.findAll("#changedMonths a").isEmpty()) {
            String month = browser.find("#changedMonths tbody tr").getAttribute("data-month");
            browser.find("#changedMonths a").sendKeys(Keys.ENTER);
            browser.waitFor("#changedSince");
            assertEquals(month, new Select(browser.find("#report\\:month")).getFirstSelectedOption().getAttribute("value"));
            assertTrue(browser.text("#changedSince").contains("changed since publication"));
            assertTrue(browser.findAll("#differences").size() + browser.findAll("#noDifference").size() == 1,
                    "the figures that differ, or that none does");
            browser.assertAccessible();
        }
    }

    @Test
    void theReportHasChartsAndExportsAsFiles() throws Exception {
        browser.open("/reports/monthly.xhtml");
        assertTrue(browser.findAll("#channel canvas").size() == 1, "a chart of contacts by channel");
        assertEquals("Bar chart of By channel; the figures are in the table below it",
                browser.find("#channel canvas").getAttribute("aria-label"));
        assertTrue(browser.findAll("#handling canvas").isEmpty(), "times are not charted as counts");
        browser.assertAccessible();

        String xlsx = browser.find("#export-xlsx").getAttribute("href");
        String path = xlsx.substring(xlsx.indexOf("/reports/"));
        Browser.Fetched workbook = browser.fetch(path);
        assertEquals(200, workbook.status());
        assertTrue(workbook.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml"));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook.body()))) {
            String shown = browser.find("#contacts tr[data-code='all'] td").getText().replace(",", "");
            var all = book.getSheet("Contacts").getRow(4);
            assertEquals("All contacts", all.getCell(0).getStringCellValue());
            assertEquals(Long.parseLong(shown), (long) all.getCell(1).getNumericCellValue(), "the file says what the page says");
        }
        Browser.Fetched pdf = browser.fetch(path.replace("format=xlsx", "format=pdf"));
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        Browser.Fetched bad = browser.fetch("/reports/monthly/export?month=last-tuesday&format=xlsx");
        assertEquals(400, bad.status());
        assertTrue(bad.contentType().startsWith("application/problem+json"), bad.contentType());
        assertTrue(bad.text().contains("\"field\":\"month\""), bad.text());
        assertEquals(400, browser.fetch("/reports/monthly/export?month=2025-10&format=docx").status());
    }

    @Test
    void aManagerPublishesAMonthAndItIsFrozen() {
        browser.open("/reports/monthly.xhtml");
        // The test database may be kept between runs: take the oldest month not yet published.
        Select months = new Select(browser.find("#report\\:month"));
        java.util.List<String> values = months.getOptions().stream().map(o -> o.getAttribute("value")).toList();
        boolean published = false;
        for (int i = values.size() - 1; i > 0 && !published; i--) {
            new Select(browser.find("#report\\:month")).selectByValue(values.get(i));
            browser.submit("#report\\:show");
            if (!browser.findAll("#publishing\\:publish").isEmpty()) {
                assertTrue(browser.text("#notPublished").startsWith("Not published yet"));
                browser.assertAccessible();
                browser.find("#publishing\\:publish").sendKeys(org.openqa.selenium.Keys.ENTER);
                browser.waitFor("#publishedLine");
                published = true;
            }
        }
        assertTrue(published, "a month to publish");
        assertTrue(browser.text("#publishedLine").contains("by Priya Shah"), browser.text("#publishedLine"));
        assertTrue(browser.text("#report\\:messages").contains("is published"));
        assertTrue(browser.findAll("#publishing\\:publish").isEmpty(), "published once");
        assertTrue(browser.text("#contacts thead").contains("(published)"));
        browser.assertAccessible().screenshot("report-published");
    }

    @Test
    void aSupervisorReadsButDoesNotPublish() {
        browser.forgetEverything().open("/").signIn("supervisor", "supervisor-demo-2026");
        browser.open("/reports/monthly.xhtml");
        assertTrue(browser.findAll("#publishing\\:publish").isEmpty());
        assertTrue(!browser.findAll("#export-pdf").isEmpty(), "supervisors export");
    }

    @Test
    void aManagerSeesNoCallerDetails() {
        for (String page : new String[] {"/calls/log.xhtml", "/search.xhtml", "/cases/view.xhtml?id=1",
                "/followups/mine.xhtml", "/supervision/index.xhtml", "/supervision/safeguarding.xhtml",
                "/admin/users.xhtml", "/directory/index.xhtml"}) {
            browser.open(page);
            assertEquals("Not allowed", browser.text("main h1"), page);
        }
    }

    @Test
    void anAdviserCannotOpenTheReport() {
        browser.forgetEverything().open("/").signIn("adviser", "adviser-demo-2026");
        browser.open("/reports/monthly.xhtml");
        assertEquals("Not allowed", browser.text("main h1"));
        assertEquals(403, browser.fetch("/reports/monthly/export?month=2025-10&format=csv").status());
    }
}
