package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.testing.Browser;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** A case opened from a call, worked from the adviser's home page; two advisers at once. */
@ExtendWith(ArquillianExtension.class)
class CasePageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.helpline();
    }

    private Browser asha;

    @BeforeEach
    void signIn() {
        asha = new Browser();
        asha.open("/").signIn("adviser", "adviser-demo-2026");
    }

    @AfterEach
    void closeBrowser() {
        asha.close();
    }

    /** Logs a named call that opens a case; answers the case page's path. */
    private String callThatOpensACase(String title) {
        asha.open("/calls/log.xhtml");
        asha.find("#log\\:phone").sendKeys(ContactForms.uniqueMobile());
        asha.find("#log\\:fullName").sendKeys(ContactForms.uniqueName("Iona", "Reid"));
        asha.find("#log\\:consentGiven").sendKeys(Keys.SPACE);
        asha.find("#log\\:topics_input").sendKeys("PIP");
        asha.waitFor(".ui-autocomplete-panel .ui-autocomplete-item.ui-state-highlight");
        asha.find("#log\\:topics_input").sendKeys(Keys.ENTER);
        asha.waitFor("#log\\:chosenTopics li");
        asha.find("#log\\:summary").sendKeys("Wants help with a PIP appeal.");
        new Select(asha.find("#log\\:caseChoice")).selectByValue("OPEN_NEW");
        asha.waitFor("#log\\:newCaseTitle").sendKeys(title);
        asha.find("#log\\:save").click();
        asha.waitFor(".form-info");
        assertTrue(asha.text(".form-info").contains("on case HL-"), asha.text(".form-info"));

        asha.open("/");
        asha.driver().findElement(By.linkText(asha.driver().findElements(By.cssSelector("#myCases a")).stream()
                .filter(a -> a.findElement(By.xpath("../..")).getText().contains(title)).findFirst().orElseThrow()
                .getText())).click();
        assertEquals("/cases/view.xhtml", asha.path());
        return asha.driver().getCurrentUrl();
    }

    @Test
    void aCaseIsWorkedFromOpenToClosedAndBack() {
        String title = "PIP appeal " + ContactForms.unique();
        callThatOpensACase(title);
        assertTrue(asha.text("#facts").contains(title));
        asha.assertAccessible().screenshot("case");

        asha.find("#case\\:note").sendKeys("Sent the appeal guide.\nWill ring back Friday. <script>alert(1)</script>");
        asha.find("#case\\:addNote").click();
        asha.waitFor(".form-info");
        String note = asha.find("#timeline li").getText();
        assertTrue(note.contains("<script>alert(1)</script>"), "notes show as typed, never run: " + note);
        assertTrue(note.contains("Sent the appeal guide.\nWill ring back Friday."), "newlines kept");

        new Select(asha.find("#case\\:status")).selectByVisibleText("Awaiting caller");
        asha.find("#case\\:moveTo").click();
        asha.waitFor(".form-info");
        assertEquals("Awaiting caller", asha.text("#facts dd#status"));

        asha.find("#case\\:close").click();
        assertTrue(asha.waitFor(".field-error").getText().contains("Choose the outcome to close the case"),
                "the message is at the outcome field");

        new Select(asha.find("#case\\:outcome")).selectByVisibleText("Information given");
        asha.find("#case\\:close").click();
        asha.waitFor("#case\\:reopen");
        assertEquals("Closed", asha.text("#facts dd#status"));

        asha.find("#case\\:reason").sendKeys("Tribunal date arrived");
        asha.find("#case\\:reopen").click();
        asha.waitFor("#case\\:close");
        assertEquals("In progress", asha.text("#facts dd#status"));
        asha.assertAccessible().screenshot("case-reopened");
    }

    @Test
    void aSecondAdviserOnAStaleCopyIsToldAndLosesNothing() {
        String url = callThatOpensACase("Carers' support " + ContactForms.unique());
        try (Browser morag = new Browser()) {
            morag.open("/").signIn("supervisor", "supervisor-demo-2026");
            morag.driver().get(url);

            asha.find("#case\\:note").sendKeys("Asha's note");
            asha.find("#case\\:addNote").click();
            asha.waitFor(".form-info");

            morag.find("#case\\:note").sendKeys("Morag's note from the old copy");
            morag.find("#case\\:addNote").click();
            morag.waitFor(".form-error");

            assertTrue(morag.text(".form-error").contains("Asha Patel changed this case"), morag.text(".form-error"));
            assertTrue(morag.text("#timeline").contains("Asha's note"), "the current version is shown");
            assertEquals("Morag's note from the old copy", morag.find("#case\\:note").getAttribute("value"),
                    "what Morag typed is still there to save again");
            morag.assertAccessible();
        }
    }
}
