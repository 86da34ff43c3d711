package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.helpline.testing.Browser;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactFormPage;
import org.helpline.testing.ContactForms;
import org.helpline.testing.StaysSignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An adviser logs calls on the log-a-contact page with the keyboard alone. */
@StaysSignedIn(user = "adviser", password = "adviser-demo-2026")
class LogContactPageIT extends BrowserTest {


    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private void type(CharSequence... keys) {
        focused().sendKeys(keys);
    }

    private void alt(String key) {
        new Actions(browser.driver()).keyDown(Keys.ALT).sendKeys(key).keyUp(Keys.ALT).perform();
    }

    /** Waits, looking again when an ajax update replaced the element being read. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void pickTopic(String typed) {
        int before = browser.findAll("#log\\:chosenTopics li").size();
        type(typed);
        browser.waitFor(".ui-autocomplete-panel .ui-autocomplete-item.ui-state-highlight");
        type(Keys.ENTER);
        waiting().until(d -> browser.findAll("#log\\:chosenTopics li").size() == before + 1
                && "log:topics_input".equals(focused().getAttribute("id")));
    }

    /** Logs a first call from a named caller who consents; answers the phone number used. */
    private String firstCallFrom(String name) {
        String mobile = ContactForms.uniqueMobile();
        browser.open("/calls/log.xhtml");
        assertEquals("log:phone", focused().getAttribute("id"), "the cursor starts in the phone field");
        type(mobile, Keys.TAB, name);
        browser.find("#log\\:consentGiven").sendKeys(Keys.SPACE);
        browser.find("#log\\:topics_input").sendKeys("");
        pickTopic("newly");
        browser.find("#log\\:summary").sendKeys("Newly diagnosed and wants to know what happens next.");
        alt("s");
        browser.waitFor(".form-info");
        return mobile;
    }

    @Test
    void aColleaguesCallerIsShownInPartUntilLinkedByKeyboard() {
        String name = ContactForms.uniqueName("Nia", "Colleague");
        String mobile = firstCallFrom(name);
        browser.driver().manage().deleteAllCookies();
        browser.open("/").signIn("adviser2", "adviser2-demo-2026");

        browser.open("/calls/log.xhtml");
        type(mobile);
        browser.waitFor(".match");
        String match = browser.text("#log\\:matches");
        assertTrue(match.contains("N. C. "), match);
        assertTrue(!match.contains(name) && !match.contains("Newly diagnosed") && !match.contains(mobile.substring(1)),
                "the colleague's caller is shown in part: " + match);
        assertTrue(match.contains("Someone else's caller"), match);
        browser.assertAccessible().screenshot("log-masked-match");

        alt("l");
        browser.waitFor("#log\\:linkedCaller");
        assertTrue(browser.text("#log\\:linkedCaller").contains(name), "linked, they are shown in full");
    }

    @Test
    void aRepeatCallerIsFoundLinkedAndTheCallLoggedByKeyboard() {
        String name = ContactForms.uniqueName("Rhian", "Pritchard");
        String mobile = firstCallFrom(name);
        assertTrue(browser.text(".form-info").contains("Contact saved"));

        long opened = System.nanoTime();
        browser.open("/calls/log.xhtml");
        browser.assertAccessible().screenshot("log-empty");
        type("+44 " + mobile.substring(1));
        browser.waitFor(".match");
        assertTrue(browser.text("#log\\:matches").contains(name), "the repeat caller is offered");
        assertTrue(browser.text("#log\\:matches").contains("Newly diagnosed"), "with their last contact");
        browser.assertAccessible().screenshot("log-match");

        alt("l");
        browser.waitFor("#log\\:linkedCaller");
        waiting().until(d -> "log:callerType".equals(focused().getAttribute("id")));
        type("p");
        type(Keys.TAB);
        pickTopic("fatig");
        pickTopic("PIP");
        String marker = ContactForms.unique();
        type(Keys.TAB, "Fatigue is worse at work; asked about PIP and telling her employer. " + marker);
        assertEquals(2, browser.findAll("#log\\:chosenTopics li").size());
        assertTrue(browser.text("#log\\:chosenTopics").contains("Symptoms › Fatigue"));
        alt("s");

        browser.waitFor(".form-info");
        double seconds = (System.nanoTime() - opened) / 1e9;
        System.out.printf("Scripted browser call, from opening the form to saved: %.1f s%n", seconds);
        assertTrue(browser.text(".form-info").contains("Contact saved"));
        browser.assertAccessible().screenshot("log-saved");

        browser.open("/search.xhtml");
        type(marker, Keys.ENTER);
        browser.waitFor("#search\\:results");
        assertTrue(browser.text("#search\\:results").contains(name), "found again by a word from its summary");
        browser.assertAccessible().screenshot("search");

        // Dates the wrong way round are told at the field, and no results are shown.
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('search:from').value = '2026-03-02';"
                + "document.getElementById('search:to').value = '2026-03-01';");
        browser.find("#search\\:go").sendKeys(Keys.ENTER);
        waiting().until(d -> browser.pageText().contains("The end date is before the start date"));
        assertTrue(browser.findAll("#search\\:results").isEmpty(), "no results for a search it refused");
        browser.assertAccessible();
    }

    @Test
    void aCallbackIsMarkedDoneByTheCallThatDealtWithItByKeyboard() {
        String name = ContactForms.uniqueName("Gwen", "Rhys");
        String reason = "Ring back once the MRI letter has come " + ContactForms.unique();
        String mobile = ContactForms.uniqueMobile();
        browser.open("/calls/log.xhtml");
        type(mobile, Keys.TAB, name);
        browser.find("#log\\:consentGiven").sendKeys(Keys.SPACE);
        browser.find("#log\\:topics_input").sendKeys("");
        pickTopic("newly");
        browser.find("#log\\:summary").sendKeys("Waiting for her MRI letter; we will ring her back.");
        browser.find("#log\\:followUpNeeded").sendKeys(Keys.SPACE);
        browser.waitFor("#log\\:followUpReason").sendKeys(reason);
        alt("s");
        browser.waitFor(".form-info");

        browser.open("/calls/log.xhtml");
        type(mobile);
        browser.waitFor(".match");
        assertTrue(browser.text("#log\\:matches").contains("1 open follow-up"), browser.text("#log\\:matches"));
        alt("l");
        browser.waitFor("#openFollowUps");
        String offered = browser.text("#log\\:completesFollowUps");
        assertTrue(offered.contains("Callback") && offered.contains(reason) && offered.contains("with Asha Patel"), offered);
        String followUpId = browser.find("#openFollowUps li").getAttribute("data-follow-up");
        browser.assertAccessible().screenshot("log-open-follow-ups");

        waiting().until(d -> "log:callerType".equals(focused().getAttribute("id")));
        type(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertTrue(focused().getAttribute("id").endsWith(":doneByCall"), "the box is next to the caller, by keyboard: "
                + focused().getAttribute("id"));
        type(Keys.SPACE);
        assertTrue(focused().isSelected(), "ticked \"Done by this call\"");
        type(Keys.TAB, "p", Keys.TAB);
        pickTopic("fatig");
        type(Keys.TAB, "She rang in herself: the MRI letter came and we talked it through.");
        alt("s");

        browser.waitFor(".form-info");
        assertTrue(browser.text(".form-info").contains("1 follow-up is done"), browser.text(".form-info"));
        browser.open("/followups/work.xhtml?id=" + followUpId);
        assertEquals("Done", browser.text("#status"));
        String history = browser.text("#history");
        assertTrue(history.contains("Done by the call on") && history.contains("by Asha Patel"), history);
        assertTrue(history.contains("Attempt: Reached the caller (the call on"), history);
        browser.assertAccessible();
    }

    @Test
    void theDraftSurvivesClosingTheBrowser() {
        String summary = "Caller " + ContactForms.unique() + " rang about fatigue and the FACETS course.";
        browser.open("/calls/log.xhtml");
        browser.find("#log\\:summary").sendKeys(summary);
        waiting().until(d -> browser.text("#log\\:draftStatus").startsWith("Draft kept at"));
        browser.close();

        browser = new Browser();
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.open("/calls/log.xhtml");
        assertTrue(browser.waitFor("#log\\:draftBanner").getText().contains("unsaved contact"));
        browser.assertAccessible().screenshot("log-draft");
        browser.find("#log\\:restoreDraft").sendKeys(Keys.ENTER);
        waiting().until(d -> summary.equals(browser.find("#log\\:summary").getAttribute("value")));
        assertTrue(browser.findAll("#log\\:draftBanner").isEmpty());
    }

    @Test
    void aSilentCallTakesTwoKeystrokes() {
        browser.open("/calls/log.xhtml");
        alt("x");
        type("s");
        browser.waitFor(".form-info");
        assertTrue(browser.text(".form-info").contains("Silent call logged"));
    }

    @Test
    void raisingRiskToLifeShowsTheProtocol() {
        browser.open("/calls/log.xhtml");
        new ContactFormPage(browser).raiseRiskToLife();
        assertTrue(browser.text("#log\\:riskProtocol").contains("supervisor"));
        assertTrue(browser.text("#crisisLines").contains("116 123"), "crisis lines from the directory");
        browser.assertAccessible().screenshot("log-risk");
    }

    @Test
    void aContactInTheFutureIsRefusedAtTheField() {
        ContactFormPage form = new ContactFormPage(browser).open();
        WebElement started = form.field("startedAt");
        started.sendKeys(Keys.chord(Keys.CONTROL, "a"), "01/01/2099 10:00");
        browser.find("#log\\:topics_input").sendKeys("");
        pickTopic("fatig");
        browser.find("#log\\:summary").sendKeys("Testing a date in the future.");
        alt("s");
        assertEquals(java.util.List.of("A contact cannot start in the future"), form.errors());
        assertTrue(form.errorAt("startedAt").contains("cannot start in the future"), form.errorAt("startedAt"));
        browser.assertAccessible();
    }
}
