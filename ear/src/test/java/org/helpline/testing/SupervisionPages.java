package org.helpline.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The supervisors' pages, by keyboard: the steps that several browser tests take the same way. */
public final class SupervisionPages {

    private final Browser browser;

    public SupervisionPages(Browser browser) {
        this.browser = browser;
    }

    /** Supervision in the menu, then one of its links (e.g. {@code #navCaseloads}) to the page at {@code path}. */
    public SupervisionPages open(String link, String path) {
        browser.find("#navSupervision").sendKeys(Keys.ENTER);
        browser.waitForPath("/supervision/index.xhtml");
        browser.find(link).sendKeys(Keys.ENTER);
        browser.waitForPath(path);
        return this;
    }

    /** From a row of the safeguarding queue, the alert's own page, to review and sign it off. */
    public SupervisionPages reviewAlert(WebElement queueRow) {
        queueRow.findElement(By.linkText("Review and sign off")).sendKeys(Keys.ENTER);
        browser.waitForPath("/supervision/alert.xhtml");
        return this;
    }

    /** On an alert's page: the action taken, chosen by its code (e.g. {@code CALLBACK_ARRANGED}). */
    public SupervisionPages actionTaken(String action) {
        new Select(browser.find("#alert\\:action")).selectByValue(action);
        return this;
    }

    /** Signs the alert off; back on the queue, which says so. */
    public SupervisionPages signOff() {
        browser.submit("#alert\\:signOff");
        browser.waitForPath("/supervision/safeguarding.xhtml");
        assertTrue(browser.text(".form-info").contains("signed off"), browser.text(".form-info"));
        return this;
    }

    /** On a quality review: every point met, and the feedback written (not saved yet). */
    public SupervisionPages allPointsMet(String feedback) {
        for (String point : new String[] {"accurateInformation", "rightReferral", "riskHandled", "notesClear"}) {
            browser.find("input[name='review:" + point + "'][value='MET']").sendKeys(Keys.SPACE);
        }
        browser.find("#review\\:feedback").sendKeys(feedback);
        return this;
    }
}
