package org.helpline.calls;

import static org.helpline.testing.Records.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.helpline.callers.CallerType;
import org.helpline.security.UserAccount;
import org.helpline.testing.Records;
import org.helpline.topics.Topic;
import org.junit.jupiter.api.Test;

/** A contact in a list, and an unsaved form kept as a draft. */
class ContactLineTest {

    private static final Channel EMAIL = new Channel("email", "Email", null, 20);
    private static final HelplineLine LINE = new HelplineLine("info-line", "MS Helpline", "0808 800 8000", null, 10);

    private final UserAccount asha = Records.adviser(1, "Asha Patel");

    private Contact about(String summary) {
        return Records.withId(Contact.data("form-1", EMAIL, Direction.INBOUND, LINE, NOW, Duration.ZERO,
                new CallerType("unknown", "Unknown", null, 10), Set.of(Topic.topLevel("symptoms", "Symptoms", null, 10)),
                summary, null, Records.outcome(), false, false, asha, NOW), 7);
    }

    @Test
    void aSummaryIsShownOnOneLineOfAtMost100Characters() {
        assertEquals("Asked about fatigue and work", ContactLine.of(about("Asked about\n\nfatigue   and work")).about());
        String hundred = "a".repeat(100);
        assertEquals(hundred, ContactLine.of(about(hundred)).about());
        assertEquals("a".repeat(99) + "…", ContactLine.of(about(hundred + "b")).about());
    }

    @Test
    void aContactWithoutACallerIsAnonymousAndANonDataOneShowsItsKind() {
        ContactLine line = ContactLine.of(about("Asked about fatigue"));
        assertEquals("Anonymous", line.caller());
        assertEquals("Email", line.channel());
        assertEquals(7, line.id());
        assertNull(line.caseNumber());
        Contact hangUp = Records.withId(Contact.nonData("form-2", NonDataKind.HANG_UP, EMAIL, Direction.INBOUND, LINE, NOW,
                Duration.ZERO, asha, NOW), 8);
        assertEquals("Hang-up", ContactLine.of(hangUp).about());
    }

    @Test
    void aMaskedLineLeavesOutWhoItWasAndTheirCase() {
        Contact contact = about("Asked about fatigue");
        contact.from(Records.caller(1, "Ann Lee"));
        assertEquals("Ann Lee", ContactLine.of(contact).caller());
        ContactLine masked = ContactLine.masked(contact);
        assertEquals("A caller you are not working with", masked.caller());
        assertEquals("Asked about fatigue", masked.about());
        assertNull(masked.caseId());
    }

    @Test
    void aDraftHoldsAtMostItsColumnAndBelongsToItsAdviserOnly() {
        ContactDraft draft = new ContactDraft(asha, "form-1", "{}", NOW.minusSeconds(30), NOW);
        assertTrue(draft.belongsTo(Records.adviser(1, "Asha Patel")));
        assertFalse(draft.belongsTo(Records.adviser(2, "Ben Okafor")));

        draft.keep("x".repeat(ContactDraft.MAX_FIELDS), NOW.minusSeconds(30), NOW.plusSeconds(5));
        assertEquals(NOW.plusSeconds(5), draft.getUpdatedAt());
        assertEquals(NOW.minusSeconds(30), draft.getCallStartedAt(), "the call's start is kept with the draft");
        assertThrows(IllegalArgumentException.class, () -> draft.keep("x".repeat(ContactDraft.MAX_FIELDS + 1), null, NOW));
        assertEquals(ContactDraft.MAX_FIELDS, draft.getFields().length(), "a refused keep leaves the draft as it was");
    }
}
