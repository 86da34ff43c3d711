package org.helpline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helpline.testing.Browser;
import org.helpline.testing.BrowserTest;
import org.helpline.testing.ContactFormPage;
import org.helpline.testing.ContactForms;
import org.helpline.testing.StaysSignedIn;
import org.junit.jupiter.api.Test;

/**
 * The contact form rebuilt around the call, tried as an adviser on the phone would, by keyboard: nothing typed is
 * lost, every error of a save is listed at once, the call's timer survives a refused save, risk is one key away,
 * and a whole first call takes few moves beyond typing.
 */
@StaysSignedIn(user = "adviser", password = "adviser-demo-2026")
class ContactFormIT extends BrowserTest {

    private ContactFormPage page() {
        return new ContactFormPage(browser);
    }

    @Test
    void aFirstCallWithACaseACallbackAndAReferralTakesAtMostThirtyMovesBeyondTyping() {
        String name = ContactForms.uniqueName("Morag", "Lennox");
        String title = "Newly diagnosed " + ContactForms.unique();
        ContactFormPage form = page().open();
        form.type(ContactForms.uniqueMobile()).tab().type(name);
        form.tabTo("consentGiven").tick(null);
        form.tabTo("callerType").type("Person");
        form.tab().pickTopic("newly");
        form.tab().type("Diagnosed last month with relapsing MS; worried about fatigue at work and what comes next.");
        form.tabTo("followUpNeeded").tick("followUpReason");
        form.tab().tick("service");
        form.tabTo("followUpDue").tabTo("followUpReason").type("Ring back after the MS nurse appointment");
        form.tabTo("service").type("FACETS");
        form.tab().tick(null);
        form.tabTo("caseChoice").type("Open");
        form.waiting().until(d -> form.has("newCaseTitle"));
        form.tab().type(title);
        assertEquals("log:newCaseTitle", form.focusedId());
        browser.assertAccessible();
        form.alt("s");

        String saved = form.savedBanner();
        assertTrue(saved.startsWith("Contact saved with " + name + " on case HL-"), saved);
        System.out.printf("A first call with a case, a callback and a referral: %d Tab and arrow presses beyond typing%n",
                form.moves());
        assertTrue(form.moves() <= 30, "Tab and arrow presses beyond typing: " + form.moves());
        assertTrue(form.part("savedCaller").getAttribute("href").contains("/callers/view.xhtml?id="));
        assertTrue(form.part("savedCase").getAttribute("href").contains("/cases/view.xhtml?id="));
        browser.assertAccessible().screenshot("log-saved");
        page().type("0");
        form.waiting().until(d -> browser.findAll("#savedBanner").isEmpty());
    }

    @Test
    void anEmptySaveListsEveryErrorAndEachLinkTakesTheCursorToItsField() {
        ContactFormPage form = page().open();
        form.alt("s");
        List<String> errors = form.errors();
        assertEquals(List.of("Choose at least one topic", "Write a short summary of the contact"), errors);
        assertEquals("errorSummary", form.focusedId(), "the cursor goes to the summary");
        browser.assertAccessible().screenshot("log-errors");
        assertEquals("log:topics_input", form.followError("Choose at least one topic"));
        assertEquals("log:summary", form.followError("Write a short summary"));
    }

    @Test
    void aConsentingCallerReferredWithoutConsentHearsEveryProblemAtOnce() {
        ContactFormPage form = page().open();
        form.type(ContactForms.uniqueMobile()).tab().type(ContactForms.uniqueName("Iain", "Baird"));
        form.tabTo("consentGiven").tick(null);
        form.tabTo("referralNeeded").tick("service");
        form.tab().type("FACETS");
        form.alt("s");
        List<String> errors = form.errors();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Choose at least one topic"), errors.toString());
        assertTrue(errors.get(2).startsWith("Ask the caller's consent"), errors.toString());
        assertEquals("log:consent", form.followError("Ask the caller's consent"));
        assertTrue(form.errorAt("consent").isEmpty() || browser.pageText().contains("Ask the caller's consent"));
    }

    @Test
    void aRefusedSaveKeepsTheCallTimerAndTheDuration() throws InterruptedException {
        ContactFormPage form = page().open();
        Thread.sleep(3_000);
        form.alt("s");
        form.errors();
        int timer = form.timerSeconds();
        assertTrue(timer >= 3, "the timer counts from the call's start, not from the refused save: " + timer);
        int typed = Integer.parseInt(form.value("duration")) * 60 + Integer.parseInt(form.value("durationSeconds"));
        assertTrue(typed >= 3, "the duration kept counting: " + typed);
    }

    @Test
    void altRReachesRiskAndTheProtocolOpensBesideTheForm() {
        ContactFormPage form = page().open();
        form.alt("r");
        assertEquals("log:risks:0", form.focusedId());
        form.tick("riskProtocol");
        assertTrue(form.beside("riskProtocol").isDisplayed(), "the protocol is beside the form");
        browser.assertAccessible();
    }

    @Test
    void aTabClosedMidCallGivesBackTheFollowUpAndTheReferralAndSaves() {
        String reason = "Call back about the FACETS course " + ContactForms.unique();
        ContactFormPage form = page().open();
        form.type(ContactForms.uniqueMobile()).tab().type(ContactForms.uniqueName("Ewan", "Dalgleish"));
        form.tabTo("consentGiven").tick(null);
        form.tabTo("topics_input").pickTopic("fatig");
        form.tab().type("Struggling with fatigue; keen on the FACETS course.");
        form.tabTo("followUpNeeded").tick("followUpReason");
        form.tab().tick("service");
        form.tabTo("followUpReason").type(reason);
        form.tabTo("service").type("FACETS");
        form.tab().tick(null);
        form.waitForDraft();
        browser.close();

        browser = new Browser();
        browser.open("/").signIn("adviser", "adviser-demo-2026");
        browser.open("/calls/log.xhtml");
        ContactFormPage back = page();
        back.draftBanner();
        back.restoreDraft();
        back.waiting().until(d -> reason.equals(back.value("followUpReason")));
        assertEquals("facets", back.value("service"));
        assertTrue(back.field("consent").isSelected(), "the referral's consent came back");
        assertTrue(back.field("consentGiven").isSelected(), "the caller's consent came back");
        browser.assertAccessible();
        back.alt("s");
        String saved = back.savedBanner();
        assertTrue(saved.startsWith("Contact saved with Ewan Dalgleish"), saved);
    }
}
