package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactFormPage;
import org.helpline.testing.ContactForms;
import org.helpline.testing.StaysSignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Booking a callback from a contact and working it from My follow-ups; the team queue. */
@StaysSignedIn(user = "adviser", password = "adviser-demo-2026")
class FollowUpPagesIT extends BrowserTest {

    private void callPromisingACallback(String name, boolean toTeam) {
        ContactFormPage form = form().fillNamedCall(ContactForms.uniqueMobile(), name, "PIP", "Waiting for a PIP decision letter.");
        new Select(form.field("callerType")).selectByValue("person-with-ms");
        form.followUp("Ring back when the letter arrives");
        if (toTeam) {
            form.toTeamQueue();
        }
        browser.assertAccessible();
        form.field("save").sendKeys(Keys.ENTER);
        assertTrue(browser.waitFor(".form-info").getText().contains("Contact saved"));
    }

    private ContactFormPage form() {
        return new ContactFormPage(browser);
    }

    private WebElement rowWith(String tableCss, String text) {
        return browser.findAll(tableCss + " tbody tr").stream().filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + tableCss));
    }

    @Test
    void aCallbackBookedOnACallIsWorkedFromMyFollowUps() {
        String name = ContactForms.uniqueName("Nia", "Jones");
        callPromisingACallback(name, false);

        browser.open("/followups/mine.xhtml");
        browser.assertAccessible().screenshot("follow-ups");
        rowWith("#followUps\\:mine", name).findElement(By.cssSelector("button")).sendKeys(Keys.ENTER);
        browser.waitForPath("/followups/work.xhtml");
        assertTrue(browser.text("#facts").contains("Ring back when the letter arrives"));
        browser.assertAccessible().screenshot("follow-up-work");

        browser.find("#followUp\\:note").sendKeys("Letter arrived; award made");
        browser.find("#followUp\\:recordAttempt").sendKeys(Keys.ENTER);

        browser.waitForPath("/calls/log.xhtml");
        ContactFormPage form = form();
        assertEquals("OUTBOUND", form.value("direction"));
        assertTrue(form.linkedCaller().contains(name));
        String summary = form.value("summary");
        assertTrue(summary.startsWith("Follow-up: Ring back"), summary);
        assertTrue(summary.contains("Letter arrived; award made"), "the note from the call is carried over");
        assertEquals("person-with-ms", form.value("callerType"),
                "who is calling comes from the caller's last contact");
    }

    @Test
    void aFollowUpInTheTeamQueueIsClaimed() {
        String name = ContactForms.uniqueName("Oli", "Ward");
        callPromisingACallback(name, true);

        browser.open("/followups/mine.xhtml");
        rowWith("#followUps\\:team", name).findElement(By.cssSelector("button")).sendKeys(Keys.ENTER);
        browser.waitFor(".form-info");

        assertTrue(rowWith("#followUps\\:mine", name).isDisplayed());
        assertTrue(browser.findAll("#followUps\\:team tbody tr").stream().noneMatch(r -> r.getText().contains(name)));
    }
}
