package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.testing.Browser;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactForms;
import org.helpline.testing.StaysSignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** A case opened from a call, worked from the adviser's home page; two advisers at once. */
@StaysSignedIn(user = "adviser", password = "adviser-demo-2026")
class CasePageIT extends BrowserTest {

    /** Logs a named call that opens a case; answers the case page's path. */
    private String callThatOpensACase(String title) {
        browser.fillNamedCall(ContactForms.uniqueMobile(), ContactForms.uniqueName("Iona", "Reid"), "PIP",
                "Wants help with a PIP appeal.");
        browser.saveIntoNewCaseAndOpenIt(title);
        return browser.driver().getCurrentUrl();
    }

    @Test
    void aCaseIsWorkedFromOpenToClosedAndBack() {
        String title = "PIP appeal " + ContactForms.unique();
        callThatOpensACase(title);
        assertTrue(browser.text("#facts").contains(title));
        browser.assertAccessible().screenshot("case");

        browser.openPanel("notePanel").find("#case\\:note").sendKeys("Sent the appeal guide.\nWill ring back Friday. <script>alert(1)</script>");
        browser.submit("#case\\:addNote");
        browser.waitFor(".form-info");
        String note = browser.find("#timeline li").getText();
        assertTrue(note.contains("<script>alert(1)</script>"), "notes show as typed, never run: " + note);
        assertTrue(note.contains("Sent the appeal guide.\nWill ring back Friday."), "newlines kept");

        browser.openPanel("statusPanel");
        new Select(browser.find("#case\\:status")).selectByVisibleText("Awaiting caller");
        browser.submit("#case\\:moveTo");
        browser.waitFor(".form-info");
        assertEquals("Awaiting caller", browser.text("#facts dd#status"));

        browser.openPanel("closePanel").submit("#case\\:close");
        assertTrue(browser.waitFor(".field-error").getText().contains("Choose the outcome to close the case"),
                "the message is at the outcome field");

        new Select(browser.find("#case\\:outcome")).selectByVisibleText("Information given");
        browser.submit("#case\\:close");
        browser.waitFor("#reopenPanel");
        assertEquals("Closed", browser.text("#facts dd#status"));

        browser.openPanel("reopenPanel").find("#case\\:reason").sendKeys("Tribunal date arrived");
        browser.submit("#case\\:reopen");
        browser.waitFor("#closePanel");
        assertEquals("In progress", browser.text("#facts dd#status"));
        browser.assertAccessible().screenshot("case-reopened");
    }

    @Test
    void aSecondAdviserOnAStaleCopyIsToldAndLosesNothing() {
        String url = callThatOpensACase("Carers' support " + ContactForms.unique());
        try (Browser morag = new Browser()) {
            morag.open("/").signIn("supervisor", "supervisor-demo-2026");
            morag.driver().get(url);

            browser.openPanel("notePanel").find("#case\\:note").sendKeys("Asha's note");
            browser.submit("#case\\:addNote");
            browser.waitFor(".form-info");

            morag.openPanel("notePanel").find("#case\\:note").sendKeys("Morag's note from the old copy");
            morag.submit("#case\\:addNote");
            morag.waitFor(".form-error");

            assertTrue(morag.text(".form-error").contains("Asha Patel changed this case"), morag.text(".form-error"));
            assertTrue(morag.text("#timeline").contains("Asha's note"), "the current version is shown");
            assertEquals("Morag's note from the old copy", morag.find("#case\\:note").getAttribute("value"),
                    "what Morag typed is still there to save again");
            morag.assertAccessible();
        }
    }
}
