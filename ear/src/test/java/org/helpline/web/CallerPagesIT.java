package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.testing.Browser;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactFormPage;
import org.helpline.testing.ContactForms;
import org.helpline.testing.StaysSignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The caller at the centre (issue 24): a caller flagged at risk to life shows as such on the case page, their own
 * page, the follow-up list and the colleague's follow-up work page, with their number; from the follow-up list
 * the risk and number are on screen within three keystrokes. A caller an adviser does not work with is not found.
 */
@StaysSignedIn(user = "adviser", password = "adviser-demo-2026")
class CallerPagesIT extends BrowserTest {

    @Test
    void aRiskToLifeFlagFollowsTheCallerToEveryPageTheyAreWorkedOn() {
        String name = ContactForms.uniqueName("Hamish", "Grant");
        String mobile = ContactForms.uniqueMobile();
        String title = "Low mood " + ContactForms.unique();
        browser.fillNamedCall(mobile, name, "fatig", "Said he has thought about ending his life since the relapse.");
        new ContactFormPage(browser).raiseRiskToLife();
        browser.saveIntoNewCaseAndOpenIt(title);

        // The case page: the caller header with the risk banner and the protocol, then the case.
        assertTrue(browser.text("#callerHeader").contains(name), browser.text("#callerHeader"));
        assertTrue(browser.text("#riskBanner").contains("Risk to life"), "risk on the case page");
        assertTrue(browser.text("#callerRiskProtocol").contains("Crisis lines"), "the protocol on the case page");
        assertTrue(browser.text("#callerNumbers").contains(mobile.substring(mobile.length() - 6)), "the number");
        browser.assertAccessible();

        // The caller's page, from the header, by keyboard.
        browser.find("#case\\:callerLink").sendKeys(Keys.ENTER);
        browser.waitForPath("/callers/view.xhtml");
        assertTrue(browser.text("#riskBanner").contains("Risk to life"), "risk on the caller page");
        assertTrue(browser.text("#callerFacts").contains("Agreed to us keeping their details"), "consent shown");
        assertTrue(browser.text("#cases").contains(title), browser.text("#cases"));
        assertTrue(browser.text("[id$='timeline']").contains("Contact · Phone"), browser.text("[id$='timeline']"));
        browser.assertAccessible().screenshot("caller-page");

        // A refused booking keeps its panel open with the message at the field; then a callback for the team.
        browser.openPanel("followUpPanel");
        browser.find("#followUpForm\\:followUpReason").clear();
        browser.submit("#followUpForm\\:bookFollowUp");
        assertTrue(browser.find("details#followUpPanel").getAttribute("open") != null, "the panel stays open");
        assertTrue(browser.waitFor("#followUpPanel .field-error").getText().length() > 0, "the message is at the field");
        String reason = "Check he is safe " + ContactForms.unique();
        browser.find("#followUpForm\\:followUpReason").sendKeys(reason);
        browser.find("#followUpForm\\:followUpTeam").sendKeys(Keys.SPACE);
        browser.submit("#followUpForm\\:bookFollowUp");
        assertTrue(browser.text("#openFollowUps").contains(reason), browser.text("#openFollowUps"));

        try (Browser colleague = new Browser()) {
            colleague.open("/").signIn("adviser2", "adviser2-demo-2026");
            colleague.open("/followups/mine.xhtml");
            WebElement row = colleague.rowContaining("#followUps\\:team", reason);
            assertTrue(row.getText().contains("Risk: Risk to life"), "the risk marker on the team queue's row: " + row.getText());
            assertTrue(row.getText().contains(mobile.substring(mobile.length() - 6)), "the number on the row: " + row.getText());
            colleague.assertAccessible();
            // Claim it (one keystroke), then from the list to the work page (Tab to it, Enter).
            row.findElement(By.cssSelector("button")).sendKeys(Keys.ENTER);
            colleague.waitFor(".form-info");
            WebElement mine = colleague.rowContaining("#followUps\\:mine", reason);
            assertTrue(mine.getText().contains("Risk: Risk to life"), mine.getText());
            mine.findElement(By.cssSelector("a, button")).sendKeys(Keys.ENTER);
            colleague.waitForPath("/followups/work.xhtml");
            assertTrue(colleague.text("#riskBanner").contains("Risk to life"), "risk where the callback is worked");
            assertTrue(colleague.text("#callerRiskProtocol").contains("Crisis lines"), "and the protocol");
            assertTrue(colleague.text("#callerNumbers").contains(mobile.substring(mobile.length() - 6)), "and the number");
            colleague.assertAccessible();
        }
    }

    @Test
    void aCallerTheAdviserDoesNotWorkWithIsNotFound() {
        String name = ContactForms.uniqueName("Shona", "Baird");
        browser.fillNamedCall(ContactForms.uniqueMobile(), name, "fatig", "Asked about fatigue at work.");
        browser.saveIntoNewCaseAndOpenIt("Fatigue " + ContactForms.unique());
        browser.find("#case\\:callerLink").sendKeys(Keys.ENTER);
        browser.waitForPath("/callers/view.xhtml");
        String callerPage = browser.driver().getCurrentUrl();
        try (Browser colleague = new Browser()) {
            colleague.open("/").signIn("adviser2", "adviser2-demo-2026");
            colleague.driver().get(callerPage);
            assertTrue(colleague.pageText().contains("There is no such caller, or you may not see them."));
            assertTrue(!colleague.pageText().contains(name), "nothing about her shows");
            assertEquals(404, colleague.fetch(callerPage.substring(callerPage.indexOf("/callers/"))).status());
        }
    }
}
