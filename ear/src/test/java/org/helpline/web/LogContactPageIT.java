package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.testing.Browser;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactFormPage;
import org.helpline.testing.ContactForms;
import org.helpline.testing.StaysSignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** An adviser logs calls on the log-a-contact page with the keyboard alone. */
@StaysSignedIn(user = "adviser", password = "adviser-demo-2026")
class LogContactPageIT extends BrowserTest {

    /** The form on the page open now (a new one each time: a test may swap the browser). */
    private ContactFormPage form() {
        return new ContactFormPage(browser);
    }

    /** Logs a first call from a named caller who consents; answers the phone number used. */
    private String firstCallFrom(String name) {
        String mobile = ContactForms.uniqueMobile();
        browser.open("/calls/log.xhtml");
        ContactFormPage form = form();
        assertEquals("log:phone", form.focusedId(), "the cursor starts in the phone field");
        form.type(mobile, Keys.TAB, name);
        form.field("consentGiven").sendKeys(Keys.SPACE);
        form.focus("topics_input").pickTopic("newly");
        form.field("summary").sendKeys("Newly diagnosed and wants to know what happens next.");
        form.alt("s");
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
        ContactFormPage form = form().type(mobile);
        browser.waitFor(".match");
        String match = form.matches();
        assertTrue(match.contains("N. C. "), match);
        assertTrue(!match.contains(name) && !match.contains("Newly diagnosed") && !match.contains(mobile.substring(1)),
                "the colleague's caller is shown in part: " + match);
        assertTrue(match.contains("Someone else's caller"), match);
        browser.assertAccessible().screenshot("log-masked-match");

        form.linkFirstMatch();
        assertTrue(form.linkedCaller().contains(name), "linked, they are shown in full");
    }

    @Test
    void aRepeatCallerIsFoundLinkedAndTheCallLoggedByKeyboard() {
        String name = ContactForms.uniqueName("Rhian", "Pritchard");
        String mobile = firstCallFrom(name);
        assertTrue(browser.text(".form-info").contains("Contact saved"));

        long opened = System.nanoTime();
        browser.open("/calls/log.xhtml");
        browser.assertAccessible().screenshot("log-empty");
        ContactFormPage form = form().type("+44 " + mobile.substring(1));
        browser.waitFor(".match");
        assertTrue(form.matches().contains(name), "the repeat caller is offered");
        assertTrue(form.matches().contains("Newly diagnosed"), "with their last contact");
        browser.assertAccessible().screenshot("log-match");

        form.linkFirstMatch();
        form.waiting().until(d -> "log:callerType".equals(form.focusedId()));
        form.type("p");
        form.type(Keys.TAB);
        form.pickTopic("fatig");
        form.pickTopic("PIP");
        String marker = ContactForms.unique();
        form.type(Keys.TAB, "Fatigue is worse at work; asked about PIP and telling her employer. " + marker);
        assertEquals(2, form.chosenTopics().size());
        assertTrue(form.text("chosenTopics").contains("Symptoms › Fatigue"));
        form.alt("s");

        browser.waitFor(".form-info");
        double seconds = (System.nanoTime() - opened) / 1e9;
        System.out.printf("Scripted browser call, from opening the form to saved: %.1f s%n", seconds);
        assertTrue(browser.text(".form-info").contains("Contact saved"));
        browser.assertAccessible().screenshot("log-saved");

        browser.open("/search.xhtml");
        browser.driver().switchTo().activeElement().sendKeys(marker, Keys.ENTER);
        browser.waitFor("#search\\:results");
        assertTrue(browser.text("#search\\:results").contains(name), "found again by a word from its summary");
        browser.assertAccessible().screenshot("search");

        // Dates the wrong way round are told at the field, and no results are shown.
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('search:from').value = '2026-03-02';"
                + "document.getElementById('search:to').value = '2026-03-01';");
        browser.find("#search\\:go").sendKeys(Keys.ENTER);
        form.waiting().until(d -> browser.pageText().contains("The end date is before the start date"));
        assertTrue(browser.findAll("#search\\:results").isEmpty(), "no results for a search it refused");
        browser.assertAccessible();
    }

    @Test
    void aCallbackIsMarkedDoneByTheCallThatDealtWithItByKeyboard() {
        String name = ContactForms.uniqueName("Gwen", "Rhys");
        String reason = "Ring back once the MRI letter has come " + ContactForms.unique();
        String mobile = ContactForms.uniqueMobile();
        browser.open("/calls/log.xhtml");
        ContactFormPage form = form().type(mobile, Keys.TAB, name);
        form.field("consentGiven").sendKeys(Keys.SPACE);
        form.focus("topics_input").pickTopic("newly");
        form.field("summary").sendKeys("Waiting for her MRI letter; we will ring her back.");
        form.followUp(reason);
        form.alt("s");
        browser.waitFor(".form-info");

        browser.open("/calls/log.xhtml");
        form.type(mobile);
        browser.waitFor(".match");
        assertTrue(form.matches().contains("1 open follow-up"), form.matches());
        form.alt("l");
        browser.waitFor("#openFollowUps");
        String offered = form.text("completesFollowUps");
        assertTrue(offered.contains("Callback") && offered.contains(reason) && offered.contains("with Asha Patel"), offered);
        String followUpId = browser.find("#openFollowUps li").getAttribute("data-follow-up");
        browser.assertAccessible().screenshot("log-open-follow-ups");

        form.waiting().until(d -> "log:callerType".equals(form.focusedId()));
        form.type(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertTrue(form.focusedId().endsWith(":doneByCall"), "the box is next to the caller, by keyboard: "
                + form.focusedId());
        form.type(Keys.SPACE);
        assertTrue(form.focused().isSelected(), "ticked \"Done by this call\"");
        form.type(Keys.TAB, "p", Keys.TAB);
        form.pickTopic("fatig");
        form.type(Keys.TAB, "She rang in herself: the MRI letter came and we talked it through.");
        form.alt("s");

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
        ContactFormPage form = form();
        form.field("summary").sendKeys(summary);
        form.waiting().until(d -> form.draftStatus().startsWith("Draft kept at"));
        browser.close();

        browser = new Browser();
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.open("/calls/log.xhtml");
        ContactFormPage back = form();
        assertTrue(back.draftBanner().contains("unsaved contact"));
        browser.assertAccessible().screenshot("log-draft");
        back.restoreDraft();
        back.waiting().until(d -> summary.equals(back.value("summary")));
        assertFalse(back.has("draftBanner"));
    }

    @Test
    void aSilentCallTakesTwoKeystrokes() {
        browser.open("/calls/log.xhtml");
        form().alt("x").type("s");
        browser.waitFor(".form-info");
        assertTrue(browser.text(".form-info").contains("Silent call logged"));
    }

    @Test
    void raisingRiskToLifeShowsTheProtocol() {
        browser.open("/calls/log.xhtml");
        ContactFormPage form = form().raiseRiskToLife();
        assertTrue(form.text("riskProtocol").contains("supervisor"));
        assertTrue(browser.text("#crisisLines").contains("116 123"), "crisis lines from the directory");
        browser.assertAccessible().screenshot("log-risk");
    }

    @Test
    void aContactInTheFutureIsRefusedAtTheField() {
        ContactFormPage form = form().open();
        WebElement started = form.field("startedAt");
        started.sendKeys(Keys.chord(Keys.CONTROL, "a"), "01/01/2099 10:00");
        form.focus("topics_input").pickTopic("fatig");
        form.field("summary").sendKeys("Testing a date in the future.");
        form.alt("s");
        assertEquals(java.util.List.of("A contact cannot start in the future"), form.errors());
        assertTrue(form.errorAt("startedAt").contains("cannot start in the future"), form.errorAt("startedAt"));
        browser.assertAccessible();
    }
}
