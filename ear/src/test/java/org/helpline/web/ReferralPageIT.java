package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactFormPage;
import org.helpline.testing.ContactForms;
import org.helpline.testing.StaysSignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** FACETS referrals made while logging a call and from a case, followed through. */
@StaysSignedIn(user = "adviser", password = "adviser-demo-2026")
class ReferralPageIT extends BrowserTest {

    @Test
    void aFacetsReferralIsMadeWhileLoggingTheCall() {
        String name = ContactForms.uniqueName("Tess", "Durbey");
        ContactFormPage form = new ContactFormPage(browser)
                .fillNamedCall(ContactForms.uniqueMobile(), name, "fatig", "Fatigue is stopping her working full days.");
        Select service = form.needReferral();
        assertTrue(service.getOptions().get(1).getText().startsWith("FACETS"), "the service for the contact's topic comes first");
        service.selectByValue("facets");
        form.field("consent").sendKeys(Keys.SPACE);
        browser.assertAccessible();
        form.field("save").sendKeys(Keys.ENTER);
        assertTrue(browser.waitFor(".form-info").getText().contains("Contact saved"));

        browser.open("/followups/mine.xhtml");
        assertTrue(browser.text("#followUps\\:mine").contains("Check the FACETS team received the referral"),
                "the referral booked its 7-day check");
    }

    @Test
    void aFacetsReferralIsSentAndFollowedThrough() {
        String title = "Fatigue " + ContactForms.unique();
        browser.fillNamedCall(ContactForms.uniqueMobile(), ContactForms.uniqueName("Rose", "Tyler"), "fatig",
                "Exhausted by mid-afternoon; interested in the FACETS course.");
        browser.saveIntoNewCaseAndOpenIt(title);

        browser.openPanel("referPanel");
        new Select(browser.find("#case\\:service")).selectByValue("facets");
        browser.find("#case\\:refer").sendKeys(Keys.ENTER);
        assertTrue(browser.waitFor(".field-error").getText().contains("consent"), "consent is asked for at the field");

        new Select(browser.find("#case\\:service")).selectByValue("facets");
        browser.find("#case\\:consent").sendKeys(Keys.SPACE);
        browser.submit("#case\\:refer");
        assertTrue(browser.text("#referrals").contains("FACETS fatigue-management course · Sent"), browser.text("#referrals"));
        browser.assertAccessible().screenshot("referral");

        new Select(browser.find("#referrals select")).selectByVisibleText("Accepted");
        browser.submit("#referrals button");
        assertTrue(browser.text("#referrals").contains("· Accepted"), browser.text("#referrals"));
    }
}
