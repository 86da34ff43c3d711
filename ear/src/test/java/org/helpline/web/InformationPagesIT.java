package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactFormPage;
import org.helpline.testing.ContactForms;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Vetted information beside the contact form, recorded as given; and the admin pages that keep the
 * articles and the services.
 */
class InformationPagesIT extends BrowserTest {

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Test
    void articlesForTheTopicShowBesideTheFormAndTheOneGivenIsKeptWithTheContact() {
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.open("/calls/log.xhtml");
        ContactFormPage form = new ContactFormPage(browser);
        assertTrue(form.text("information").contains("Scam alert: Fake NHS vaccination passports"),
                "scam alerts show on every contact");
        assertTrue(form.text("information").contains("Choose a topic"));

        String title = "Fatigue at work " + ContactForms.unique();
        form.fillNamedCall(ContactForms.uniqueMobile(), ContactForms.uniqueName("Morven", "Ross"), "fatig",
                "Exhausted by mid-afternoon; asked what helps.");
        waiting().until(d -> form.text("information").contains("Managing fatigue, and the FACETS course"));
        WebElement given = form.within("articlesGiven", "input").stream()
                .filter(box -> box.findElement(By.xpath("following-sibling::label")).getText().startsWith("Managing fatigue"))
                .findFirst().orElseThrow();
        given.sendKeys(Keys.SPACE);
        browser.assertAccessible().screenshot("log-information");

        browser.saveIntoNewCaseAndOpenIt(title);
        assertEquals("Information given: Managing fatigue, and the FACETS course",
                browser.text("#timeline .articles-given-list"));
    }

    @Test
    void aStaleArticleIsMarkedForAdvisers() {
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        ContactFormPage form = new ContactFormPage(browser).fillNamedCall(ContactForms.uniqueMobile(),
                ContactForms.uniqueName("Ewan", "Gray"), "trial res", "Read about riluzole and asked if it works.");
        waiting().until(d -> form.text("information").contains("MS-SMART"));
        WebElement article = form.within("information", ".info-article").stream()
                .filter(a -> a.getText().contains("MS-SMART")).findFirst().orElseThrow();
        assertTrue(article.getText().contains("Past its review date (30 Sept 2026)")
                || article.getText().contains("Past its review date (30 Sep 2026)"), article.getText());
        assertTrue(form.text("articlesGiven").contains("(past its review date)"));
    }

    @Test
    void anAdminSeesStaleArticlesFirstAndWritesANewOne() {
        browser.open("/").signIn("admin", "admin-demo-2026");
        assertTrue(browser.text("#adminHome").contains("past the review date"));
        browser.open("/admin/articles.xhtml");
        assertTrue(browser.text("#staleSummary").contains("1 article is past the review date"));
        assertTrue(browser.find("#library\\:articles tbody tr").getText().contains("MS-SMART"), "stale first");
        browser.assertAccessible().screenshot("admin-articles");

        browser.find("#addArticle").sendKeys(Keys.ENTER);
        browser.waitForPath("/admin/article.xhtml");
        String title = "Heat and MS symptoms " + ContactForms.unique();
        browser.find("#article\\:title").sendKeys(title);
        browser.find("#article\\:summary").sendKeys("Symptoms can flare in hot weather and settle when cool.");
        browser.find("#article\\:body").sendKeys("Uhthoff's phenomenon: a short-lived worsening with heat.");
        browser.find("#article\\:owner").sendKeys("Information standards team");
        browser.submit("#article\\:save");
        waiting().until(d -> browser.text("#article\\:topicsMessage").contains("Choose at least one topic"));
        assertEquals("checkbox", browser.driver().switchTo().activeElement().getAttribute("type"),
                "the cursor goes to the first topic");
        browser.assertAccessible().screenshot("admin-article-refused");

        WebElement vision = browser.findAll(".topic-check").stream()
                .filter(check -> check.getText().equals("Vision")).findFirst().orElseThrow()
                .findElement(By.tagName("input"));
        vision.sendKeys(Keys.SPACE);
        browser.submit("#article\\:save");
        browser.waitForPath("/admin/articles.xhtml");
        assertTrue(browser.text(".form-info").contains(title));
        assertTrue(browser.text("#library\\:articles").contains(title));
    }

    @Test
    void anAdminAddsAServiceThenRetiresIt() {
        browser.open("/").signIn("admin", "admin-demo-2026");
        browser.open("/admin/services.xhtml");
        browser.assertAccessible().screenshot("admin-services");
        browser.find("#addService").sendKeys(Keys.ENTER);
        browser.waitForPath("/admin/service.xhtml");

        String name = "Wheelchair skills course " + ContactForms.unique();
        browser.find("#service\\:name").sendKeys(name);
        browser.find("#service\\:newOrganisation").sendKeys("Mobility Trust " + ContactForms.unique());
        browser.find("#service\\:description").sendKeys("A day course on using a manual wheelchair safely.");
        browser.find("#service\\:areasCovered").sendKeys("England");
        browser.find("#service\\:email").sendKeys("not-an-email");
        browser.findAll(".topic-check").stream().filter(check -> check.getText().equals("Mobility, balance and falls"))
                .findFirst().orElseThrow().findElement(By.tagName("input")).sendKeys(Keys.SPACE);
        browser.submit("#service\\:save");
        WebElement emailField = browser.waitFor("#service\\:email").findElement(By.xpath(".."));
        assertTrue(emailField.getText().contains("Enter an email address"), emailField.getText());
        assertEquals("service:email", browser.driver().switchTo().activeElement().getAttribute("id"),
                "the cursor goes to the field in error");
        browser.assertAccessible().screenshot("admin-service-refused");

        browser.find("#service\\:email").clear();
        browser.find("#service\\:email").sendKeys("skills@mobility.example");
        browser.submit("#service\\:save");
        browser.waitForPath("/admin/services.xhtml");
        WebElement row = browser.findAll("#catalogue\\:services tbody tr").stream().filter(r -> r.getText().contains(name))
                .findFirst().orElseThrow();
        assertTrue(row.getText().contains("Active"), row.getText());

        row.findElement(By.linkText(name)).sendKeys(Keys.ENTER);
        browser.waitForPath("/admin/service.xhtml");
        new Select(browser.find("#service\\:status")).selectByValue("INACTIVE");
        browser.submit("#service\\:save");
        browser.waitForPath("/admin/services.xhtml");
        row = browser.findAll("#catalogue\\:services tbody tr").stream().filter(r -> r.getText().contains(name))
                .findFirst().orElseThrow();
        assertTrue(row.getText().contains("Retired"), row.getText());

        browser.submit("#signOutForm\\:signOut");
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.open("/directory/index.xhtml");
        browser.find("#directory\\:text").sendKeys("wheelchair skills", Keys.ENTER);
        waiting().until(d -> browser.text("#directory\\:services").startsWith("0 services"));
        assertFalse(browser.text("#directory\\:services").contains(name), "a retired service is not offered");
    }
}
