package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.helpline.testing.Browser;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactFormPage;
import org.helpline.testing.ContactForms;
import org.helpline.testing.StaysSignedIn;
import org.helpline.testing.SupervisionPages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A risk raised on a call reaches the supervisors' queue, is signed off, and the adviser hears back. */
@StaysSignedIn(user = "supervisor", password = "supervisor-demo-2026")
class SupervisionPagesIT extends BrowserTest {

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private SupervisionPages supervision() {
        return new SupervisionPages(browser);
    }

    @Test
    void aRiskToLifeIsSignedOffAndTheAdviserIsTold() {
        String summary = "Said they cannot go on " + ContactForms.unique();
        browser.forgetEverything().open("/").signIn("adviser", "adviser-demo-2026");
        new ContactFormPage(browser).fillNamedCall(ContactForms.uniqueMobile(), ContactForms.uniqueName("Lewis", "Grant"),
                "suicid", summary).raiseRiskToLife().submit();
        assertTrue(browser.waitFor(".form-info").getText().contains("Supervisors have been alerted"));
        assertTrue(browser.text("#signOutForm\\:navNotices").matches("Notices \\(\\d+ new\\)"),
                browser.text("#signOutForm\\:navNotices"));
        browser.submit("#signOutForm\\:signOut");

        browser.open("/").signIn("supervisor", "supervisor-demo-2026");
        browser.open("/supervision/safeguarding.xhtml");
        browser.assertAccessible().screenshot("safeguarding-queue");
        WebElement row = browser.find("#queue\\:open tbody tr");
        assertTrue(row.getText().contains("Asha Patel"), row.getText());
        supervision().reviewAlert(row);
        assertEquals(summary, browser.text("#summary"));

        browser.submit("#alert\\:signOff");
        waiting().until(d -> browser.find("#alert\\:action").findElement(By.xpath("..")).getText()
                .contains("Choose the action taken"));
        assertEquals("alert:action", browser.driver().switchTo().activeElement().getAttribute("id"),
                "the cursor goes to the field in error");
        browser.assertAccessible().screenshot("safeguarding-refused");

        supervision().actionTaken("EMERGENCY_SERVICES_CALLED");
        browser.find("#alert\\:actionNote").sendKeys("999 called while the caller stayed on the line.");
        supervision().signOff();
        assertTrue(browser.find("#queue\\:signedOff tbody tr").getText().contains("Emergency services called"));
        browser.submit("#signOutForm\\:signOut");

        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.find("#signOutForm\\:navNotices").sendKeys(Keys.ENTER);
        browser.waitForPath("/notices.xhtml");
        assertTrue(browser.find("#notices\\:list li").getText().contains("Morag Campbell signed off"), browser.find("#notices\\:list li").getText());
        browser.assertAccessible().screenshot("notices");
    }

    @Test
    void aSupervisorHandsAnAdvisersWorkToTheTeamQueue() {
        browser.open("/supervision/reassign.xhtml");
        browser.assertAccessible().screenshot("reassign");
        new Select(browser.find("#reassign\\:from")).selectByValue("adviser2");
        browser.submit("#reassign\\:reassignAll");
        waiting().until(d -> browser.find("#reassign\\:reason").findElement(By.xpath("..")).getText()
                .contains("Say why"));

        browser.find("#reassign\\:reason").sendKeys("Tom is on leave this week", Keys.ENTER);
        waiting().until(d -> browser.text(".form-info").startsWith("Moved "));
        assertTrue(browser.text(".form-info").matches("Moved \\d+ open cases? and \\d+ open follow-ups? from Tom Okafor to the team queue\\."),
                browser.text(".form-info"));
    }

    @Test
    void eachCaseloadNumberOpensAListAsLongAsTheNumber() {
        supervision().open("#navCaseloads", "/supervision/caseloads.xhtml");
        browser.assertAccessible().screenshot("caseloads");
        WebElement asha = browser.findAll("#caseloads\\:table tbody tr").stream()
                .filter(r -> r.getText().startsWith("Asha Patel")).findFirst().orElseThrow();
        WebElement openCases = asha.findElements(By.tagName("a")).get(0);
        String count = openCases.getText();
        openCases.sendKeys(Keys.ENTER);
        browser.waitForPath("/supervision/caseload.xhtml");
        assertTrue(browser.text("#count").startsWith(count + " item"), browser.text("#count") + " vs " + count);
        List<WebElement> items = browser.findAll("#list\\:items tbody tr a");
        assertEquals(Math.min(Integer.parseInt(count), 25), items.size(), "the first page");
        browser.assertAccessible();
        for (WebElement item : items) {
            assertTrue(item.getAttribute("href").matches(".*/cases/view\\.xhtml\\?id=\\d+"), item.getAttribute("href"));
        }
        if (!items.isEmpty()) {
            String label = items.get(0).getText();
            items.get(0).sendKeys(Keys.ENTER);
            browser.waitForPath("/cases/view.xhtml");
            assertEquals("Case " + label.substring(0, label.indexOf(':')), browser.text("main h1"), "the case " + label);
        }
    }

    @Test
    void theCracksPageListsQuietCallersAndEscalatedFollowUps() {
        supervision().open("#navCracks", "/supervision/cracks.xhtml");
        assertTrue(browser.text("#quietHeading").contains("14 days"));
        browser.assertAccessible().screenshot("cracks");
    }

    @Test
    void aSupervisorReviewsAContactAndTheAdviserReadsTheFeedback() {
        String feedback = "Warm and accurate; note the booklet you posted " + ContactForms.unique();
        browser.forgetEverything().open("/").signIn("adviser", "adviser-demo-2026");
        browser.fillNamedCall(ContactForms.uniqueMobile(), ContactForms.uniqueName("Nia", "Hughes"), "fatig",
                "Asked about pacing at work.");
        String casePage = browser.saveIntoNewCaseAndOpenIt("Pacing " + ContactForms.unique()).driver().getCurrentUrl();
        browser.submit("#signOutForm\\:signOut");

        browser.open("/").signIn("supervisor", "supervisor-demo-2026");
        browser.driver().get(casePage);
        browser.find("#timeline a[href*='review.xhtml']").sendKeys(Keys.ENTER);
        browser.waitForPath("/supervision/review.xhtml");
        browser.submit("#review\\:save");
        waiting().until(d -> browser.text("#review").contains("Answer this point"));
        assertTrue(browser.driver().switchTo().activeElement().getAttribute("id").startsWith("review:accurateInformation"),
                "the cursor goes to the first point");
        browser.assertAccessible().screenshot("review-refused");
        supervision().allPointsMet(feedback);
        browser.submit("#review\\:save");
        browser.waitForPath("/supervision/reviews.xhtml");
        assertTrue(browser.text(".form-info").contains("Review saved"));
        browser.assertAccessible().screenshot("reviews");
        browser.submit("#signOutForm\\:signOut");

        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.find("#signOutForm\\:navNotices").sendKeys(Keys.ENTER);
        browser.waitForPath("/notices.xhtml");
        // Unread first, newest first: this review's notice is the first of its kind.
        WebElement notice = browser.findAll("#notices\\:list li").stream()
                .filter(n -> n.getText().contains("Morag Campbell reviewed one of your contacts")).findFirst().orElseThrow();
        notice.findElement(By.cssSelector("a[id$=':open']")).sendKeys(Keys.ENTER);
        browser.waitForPath("/reviews/mine.xhtml");
        WebElement mine = browser.find("#reviews\\:reviewsList li");
        assertTrue(mine.getText().contains(feedback), mine.getText());
        assertTrue(mine.getText().contains("100% of points met"), mine.getText());
        browser.assertAccessible().screenshot("my-reviews");
    }

    @Test
    void theWallboardChangesWithinTwoSecondsOfAContactSavedElsewhere() {
        supervision().open("#navWallboard", "/supervision/wallboard.xhtml");
        waiting().until(d -> "live".equals(browser.find("#liveStatus").getAttribute("data-state")));
        browser.assertAccessible().screenshot("wallboard");
        int before = Integer.parseInt(browser.text("#contactsToday"));

        try (Browser adviserScreen = new Browser()) {
            adviserScreen.open("/").signIn("adviser", "adviser-demo-2026");
            new ContactFormPage(adviserScreen).fillNamedCall(ContactForms.uniqueMobile(), ContactForms.uniqueName("Iain", "Bell"),
                    "fatig", "Asked about the FACETS course.").submit();
            adviserScreen.waitFor(".form-info");
            long saved = System.nanoTime();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(2)).ignoring(StaleElementReferenceException.class)
                    .until(d -> Integer.parseInt(browser.text("#contactsToday")) == before + 1);
            System.out.printf("Wallboard updated %d ms after the save was confirmed%n", (System.nanoTime() - saved) / 1_000_000);
        }
        assertTrue(browser.text("#signedIn").contains("Asha Patel") || browser.text("#signedIn").contains("Morag Campbell"),
                browser.text("#signedIn"));
    }

    @Test
    void anAdviserIsTurnedAwayFromTheSupervisorsPages() {
        browser.forgetEverything().open("/").signIn("adviser2", "adviser2-demo-2026");
        for (String page : new String[] {"/supervision/safeguarding.xhtml", "/supervision/reassign.xhtml",
                "/supervision/caseloads.xhtml", "/supervision/caseload.xhtml?list=CONTACTS&adviser=adviser",
                "/supervision/cracks.xhtml", "/supervision/reviews.xhtml", "/supervision/review.xhtml?id=1",
                "/supervision/wallboard.xhtml", "/supervision/index.xhtml",
                "/supervision/alert.xhtml?id=1"}) {
            browser.open(page);
            assertEquals("Not allowed", browser.text("main h1"), page);
        }
    }
}
