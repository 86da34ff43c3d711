package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactForms;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A risk raised on a call reaches the supervisors' queue, is signed off, and the adviser hears back. */
class SupervisionPagesIT extends BrowserTest {

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Test
    void aRiskToLifeIsSignedOffAndTheAdviserIsTold() {
        String summary = "Said they cannot go on " + ContactForms.unique();
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.fillNamedCall(ContactForms.uniqueMobile(), ContactForms.uniqueName("Lewis", "Grant"), "suicid", summary);
        browser.find("input[value='RISK_TO_LIFE']").sendKeys(Keys.SPACE);
        browser.waitFor("#log\\:riskProtocol");
        browser.submit("#log\\:save");
        assertTrue(browser.waitFor(".form-info").getText().contains("Supervisors have been alerted"));
        assertTrue(browser.text("#signOutForm\\:navNotices").matches("Notices \\(\\d+ new\\)"),
                browser.text("#signOutForm\\:navNotices"));
        browser.submit("#signOutForm\\:signOut");

        browser.open("/").signIn("supervisor", "supervisor-demo-2026");
        browser.open("/supervision/safeguarding.xhtml");
        browser.assertAccessible().screenshot("safeguarding-queue");
        WebElement row = browser.find("#open tbody tr");
        assertTrue(row.getText().contains("Asha Patel"), row.getText());
        row.findElement(By.linkText("Review and sign off")).sendKeys(Keys.ENTER);
        browser.waitForPath("/supervision/alert.xhtml");
        assertEquals(summary, browser.text("#summary"));

        browser.submit("#alert\\:signOff");
        waiting().until(d -> browser.find("#alert\\:action").findElement(By.xpath("..")).getText()
                .contains("Choose the action taken"));
        assertEquals("alert:action", browser.driver().switchTo().activeElement().getAttribute("id"),
                "the cursor goes to the field in error");
        browser.assertAccessible().screenshot("safeguarding-refused");

        new Select(browser.find("#alert\\:action")).selectByValue("EMERGENCY_SERVICES_CALLED");
        browser.find("#alert\\:actionNote").sendKeys("999 called while the caller stayed on the line.");
        browser.submit("#alert\\:signOff");
        browser.waitForPath("/supervision/safeguarding.xhtml");
        assertTrue(browser.text(".form-info").contains("signed off"));
        assertTrue(browser.find("#signedOff tbody tr").getText().contains("Emergency services called"));
        browser.submit("#signOutForm\\:signOut");

        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.find("#signOutForm\\:navNotices").sendKeys(Keys.ENTER);
        browser.waitForPath("/notices.xhtml");
        assertTrue(browser.find("#list li").getText().contains("Morag Campbell signed off"), browser.find("#list li").getText());
        browser.assertAccessible().screenshot("notices");
    }

    @Test
    void aSupervisorHandsAnAdvisersWorkToTheTeamQueue() {
        browser.open("/").signIn("supervisor", "supervisor-demo-2026");
        browser.open("/supervision/reassign.xhtml");
        browser.assertAccessible().screenshot("reassign");
        new Select(browser.find("#reassign\\:from")).selectByValue("adviser2");
        browser.submit("#reassign\\:reassignAll");
        waiting().until(d -> browser.find("#reassign\\:reason").findElement(By.xpath("..")).getText()
                .contains("Say why"));

        browser.find("#reassign\\:reason").sendKeys("Tom is on leave this week", Keys.ENTER);
        waiting().until(d -> browser.text(".form-info").startsWith("Moved "));
        assertTrue(browser.text(".form-info").matches("Moved \\d+ open cases? and \\d+ open follow-ups?\\."),
                browser.text(".form-info"));
    }

    @Test
    void eachCaseloadNumberOpensAListAsLongAsTheNumber() {
        browser.open("/").signIn("supervisor", "supervisor-demo-2026");
        browser.find("#navCaseloads").sendKeys(Keys.ENTER);
        browser.waitForPath("/supervision/caseloads.xhtml");
        browser.assertAccessible().screenshot("caseloads");
        WebElement asha = browser.findAll("#caseloads\\:table tbody tr").stream()
                .filter(r -> r.getText().startsWith("Asha Patel")).findFirst().orElseThrow();
        WebElement openCases = asha.findElements(By.tagName("a")).get(0);
        String count = openCases.getText();
        openCases.sendKeys(Keys.ENTER);
        browser.waitForPath("/supervision/caseload.xhtml");
        assertTrue(browser.text("#count").startsWith(count + " item"), browser.text("#count") + " vs " + count);
        assertEquals(Integer.parseInt(count), browser.findAll("#items tbody tr a").size());
        browser.assertAccessible();
    }

    @Test
    void theCracksPageListsQuietCallersAndEscalatedFollowUps() {
        browser.open("/").signIn("supervisor", "supervisor-demo-2026");
        browser.find("#navCracks").sendKeys(Keys.ENTER);
        browser.waitForPath("/supervision/cracks.xhtml");
        assertTrue(browser.text("#quietHeading").contains("14 days"));
        browser.assertAccessible().screenshot("cracks");
    }

    @Test
    void anAdviserIsTurnedAwayFromTheSupervisorsPages() {
        browser.open("/").signIn("adviser2", "adviser2-demo-2026");
        for (String page : new String[] {"/supervision/safeguarding.xhtml", "/supervision/reassign.xhtml",
                "/supervision/caseloads.xhtml", "/supervision/caseload.xhtml?list=CONTACTS&adviser=adviser",
                "/supervision/cracks.xhtml",
                "/supervision/alert.xhtml?id=1"}) {
            browser.open(page);
            assertEquals("Not allowed", browser.text("main h1"), page);
        }
    }
}
