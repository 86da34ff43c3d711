package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import org.helpline.shared.HelplineTime;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactForms;
import org.helpline.testing.StaysSignedIn;
import org.helpline.testing.SupervisionPages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dates and times typed in UK order whatever the browser's locale (issue 25): one text field each, one Tab stop,
 * words such as "tomorrow 10" read in UK time, a message at the field for what cannot be read, and a calendar
 * that opens from the keyboard and fills the field without losing the time typed.
 */
@StaysSignedIn(user = "adviser", password = "adviser-demo-2026")
class DateFieldsIT extends BrowserTest {

    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    @Test
    void aCallbackTypedInWordsIsBookedInUkTimeAndTheCalendarKeepsTheTimeTyped() {
        browser.fillNamedCall(ContactForms.uniqueMobile(), ContactForms.uniqueName("Ewan", "Munro"), "fatig",
                "Asked about fatigue and when to ring back.");
        browser.saveIntoNewCaseAndOpenIt("Callback times " + ContactForms.unique());
        browser.openPanel("followUpPanel");
        WebElement due = browser.find("#case\\:followUpDue");
        assertEquals("text", due.getAttribute("type"), "a text field, not the browser's own date-time field");
        assertEquals(TYPED_DATE.format(today().plusDays(1)) + " 10:00", due.getAttribute("value"),
                "the usual callback time, shown in UK order");
        assertOneTabStop("#case\\:followUpKind", "case:followUpDue", "case:followUpNumber");

        due.clear();
        due.sendKeys("tomorrow 10");
        String first = "Ring back about fatigue " + ContactForms.unique();
        browser.find("#case\\:followUpReason").sendKeys(first);
        browser.submit("#case\\:bookFollowUp");
        assertTrue(followUp(first).contains("due " + SHOWN.format(today().plusDays(1).atTime(10, 0))), followUp(first));

        // A time typed, then the calendar by keyboard: it opens on today, two days on, Enter; the time stays.
        browser.openPanel("followUpPanel");
        due = browser.find("#case\\:followUpDue");
        due.clear();
        due.sendKeys("4:45pm");
        due.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
        WebElement day = focusedDay();
        assertEquals(today().toString(), day.getAttribute("data-day"), "the calendar opens on today");
        browser.assertAccessible().screenshot("date-calendar");
        day.sendKeys(Keys.ARROW_RIGHT);
        focusedDay().sendKeys(Keys.ARROW_RIGHT);
        focusedDay().sendKeys(Keys.ENTER);
        waitUntilClosed();
        LocalDate inTwoDays = today().plusDays(2);
        assertEquals(TYPED_DATE.format(inTwoDays) + " 4:45pm", due.getAttribute("value"));
        assertEquals("case:followUpDue", active().getAttribute("id"), "the cursor is back in the field");
        String second = "Ring back with the booklet " + ContactForms.unique();
        browser.find("#case\\:followUpReason").sendKeys(second);
        browser.submit("#case\\:bookFollowUp");
        assertTrue(followUp(second).contains("due " + SHOWN.format(inTwoDays.atTime(16, 45))), followUp(second));
        browser.assertAccessible();
    }

    @Test
    void whatCannotBeReadIsRefusedAtTheFieldAsTyped() {
        browser.fillNamedCall(ContactForms.uniqueMobile(), ContactForms.uniqueName("Kirsty", "Laing"), "fatig",
                "Asked about fatigue.");
        browser.saveIntoNewCaseAndOpenIt("Bad dates " + ContactForms.unique());
        browser.find("#case\\:callerLink").sendKeys(Keys.ENTER);
        browser.waitForPath("/callers/view.xhtml");
        browser.openPanel("followUpPanel");
        assertOneTabStop("#followUpForm\\:followUpKind", "followUpForm:followUpDue", "followUpForm:followUpNumber");

        String refusedAs = refusedBooking("next tuesday");
        assertEquals("Enter a date and time such as 25/12/2026 14:30 or tomorrow 10", refusedAs);
        WebElement due = browser.find("#followUpForm\\:followUpDue");
        assertEquals("next tuesday", due.getAttribute("value"), "kept as typed");
        assertEquals("true", due.getAttribute("aria-invalid"));
        List<String> describedBy = List.of(due.getAttribute("aria-describedby").split(" "));
        assertTrue(describedBy.contains("followUpForm:followUpDueHint"), describedBy.toString());
        assertTrue(describedBy.size() == 2, "and by its message: " + describedBy);
        assertTrue(browser.find("[id='followUpForm:followUpDueHint']").getText().startsWith("dd/mm/yyyy hh:mm, or words"),
                "the hint the field is described by");
        browser.assertAccessible().screenshot("date-refused");

        assertEquals("There is no 01:30 on 28/03/2027 in UK time: the clocks go forward from 01:00 to 02:00",
                refusedBooking("28/03/2027 01:30"), "the hour the clocks skip");
        assertEquals("There is no such date as 31/04/2027", refusedBooking("31/04/2027 9:00"));
    }

    @Test
    void dateFieldsOnTheSearchPageTakeWordsAndTheCalendar() {
        browser.open("/search.xhtml");
        assertOneTabStop("#search\\:text", "search:from", "search:to");
        assertOneTabStop("#search\\:from", "search:to", "search:topic");

        // F4 in "From" opens the calendar on today; Page Up a month back; Enter.
        WebElement from = browser.find("#search\\:from");
        from.sendKeys(Keys.F4);
        assertEquals(today().toString(), focusedDay().getAttribute("data-day"));
        browser.assertAccessible();
        focusedDay().sendKeys(Keys.PAGE_UP);
        LocalDate monthBack = today().minusMonths(1);
        assertEquals(monthBack.toString(), focusedDay().getAttribute("data-day"));
        focusedDay().sendKeys(Keys.ENTER);
        waitUntilClosed();
        assertEquals(TYPED_DATE.format(monthBack), from.getAttribute("value"));

        // Escape closes the calendar and changes nothing.
        WebElement to = browser.find("#search\\:to");
        to.sendKeys("today");
        to.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
        focusedDay().sendKeys(Keys.ARROW_LEFT);
        focusedDay().sendKeys(Keys.ESCAPE);
        waitUntilClosed();
        assertEquals("search:to", active().getAttribute("id"));
        assertEquals("today", to.getAttribute("value"));

        browser.find("#search\\:go").click();
        waitUntil(d -> !browser.findAll("#search\\:results").isEmpty());
        assertEquals(TYPED_DATE.format(monthBack), browser.find("#search\\:from").getAttribute("value"));
        assertEquals(TYPED_DATE.format(today()), browser.find("#search\\:to").getAttribute("value"), "read as today");
        browser.assertAccessible();

        browser.open("/search.xhtml");
        browser.find("#search\\:from").sendKeys("31/02/2026");
        browser.find("#search\\:go").click();
        waitUntil(d -> messageAt("#search\\:from").equals("There is no such date as 31/02/2026"));
        browser.assertAccessible();
    }

    @Test
    void aSupervisorNarrowsCaseloadsToContactsSinceADayByName() {
        browser.forgetEverything();
        browser.open("/").signIn("supervisor", "supervisor-demo-2026");
        new SupervisionPages(browser).open("#navCaseloads", "/supervision/caseloads.xhtml");
        WebElement since = browser.find("#caseloads\\:since");
        LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertEquals(TYPED_DATE.format(monday), since.getAttribute("value"), "Monday of this week, in UK order");
        assertOneTabStop("#caseloads\\:topic", "caseloads:since", "caseloads:apply");
        browser.assertAccessible();

        since.clear();
        since.sendKeys("yesterday");
        browser.find("#caseloads\\:apply").click();
        String yesterday = TYPED_DATE.format(today().minusDays(1));
        waitUntil(d -> yesterday.equals(browser.find("#caseloads\\:since").getAttribute("value")));

        browser.find("#caseloads\\:since").clear();
        browser.find("#caseloads\\:since").sendKeys("funday");
        browser.find("#caseloads\\:apply").click();
        waitUntil(d -> browser.text("#caseloads\\:sinceMessage").equals("Enter a date such as 25/12/2026 or yesterday"));
        browser.assertAccessible();
    }

    @Test
    void anAdminTypesAnArticlesDatesInUkOrder() {
        browser.forgetEverything();
        browser.open("/").signIn("admin", "admin-demo-2026");
        browser.open("/admin/article.xhtml");
        assertOneTabStop("#article\\:owner", "article:reviewBy", "article:alertUntil");
        browser.assertAccessible();
        WebElement until = browser.find("#article\\:alertUntil");
        until.sendKeys("31/02/2027");
        browser.submit("#article\\:save");
        assertEquals("There is no such date as 31/02/2027", messageAt("#article\\:alertUntil"));
        browser.assertAccessible();
    }

    /** Books the caller page's follow-up with {@code typed} as its time; answers the message at that field. */
    private String refusedBooking(String typed) {
        browser.openPanel("followUpPanel");
        WebElement due = browser.find("#followUpForm\\:followUpDue");
        due.clear();
        due.sendKeys(typed);
        browser.find("#followUpForm\\:followUpReason").clear();
        browser.find("#followUpForm\\:followUpReason").sendKeys("Check in after the appointment");
        browser.submit("#followUpForm\\:bookFollowUp");
        return messageAt("#followUpForm\\:followUpDue");
    }

    /** The message at a field: in the field's own block, below it. */
    private String messageAt(String fieldCss) {
        List<WebElement> messages = browser.find(fieldCss)
                .findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' field ')][1]"))
                .findElements(By.cssSelector(".field-error"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    /** Tab from the field before goes to the date field, and the next Tab straight to the field after. */
    private void assertOneTabStop(String beforeCss, String dateFieldId, String afterId) {
        WebElement before = browser.find(beforeCss);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", before);
        active().sendKeys(Keys.TAB);
        assertEquals(dateFieldId, active().getAttribute("id"));
        active().sendKeys(Keys.TAB);
        assertEquals(afterId, active().getAttribute("id"), "one Tab stop for " + dateFieldId);
    }

    private String followUp(String reason) {
        return browser.findAll("#openFollowUps li").stream().map(WebElement::getText).filter(t -> t.contains(reason))
                .findFirst().orElseThrow(() -> new AssertionError("Not booked: " + browser.text("#openFollowUps")));
    }

    private WebElement focusedDay() {
        browser.waitFor(".typed-time-dialog");
        WebElement day = active();
        assertEquals("td", day.getTagName(), "a day of the calendar has the focus");
        return day;
    }

    private void waitUntilClosed() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.findAll(".typed-time-dialog").isEmpty());
    }

    private void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> done) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(done);
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private static LocalDate today() {
        return LocalDateTime.now(HelplineTime.CLOCK).toLocalDate();
    }
}
