package org.helpline.testing;

import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The log-a-contact page's steps that several browser tests take the same way (filling in a named call is
 * {@link Browser#fillNamedCall}); saving is left to each test, by button or by Alt+S.
 */
public final class ContactFormPage {

    private final Browser browser;

    public ContactFormPage(Browser browser) {
        this.browser = browser;
    }

    /** Ticks "risk to life" and waits for the protocol to show beside the form. */
    public ContactFormPage raiseRiskToLife() {
        browser.find("input[value='RISK_TO_LIFE']").sendKeys(Keys.SPACE);
        browser.waitFor("#log\\:riskProtocol");
        return this;
    }

    /** Chooses to open a new case with the contact, called {@code title}. */
    public ContactFormPage intoNewCase(String title) {
        new Select(browser.find("#log\\:caseChoice")).selectByValue("OPEN_NEW");
        browser.waitFor("#log\\:newCaseTitle").sendKeys(title);
        return this;
    }
}
