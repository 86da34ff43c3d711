package org.helpline.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerDetails;
import org.helpline.callers.CallerType;
import org.helpline.calls.Channel;
import org.helpline.calls.Contact;
import org.helpline.calls.Direction;
import org.helpline.calls.HelplineLine;
import org.helpline.calls.Outcome;
import org.helpline.security.Role;
import org.helpline.security.UserAccount;
import org.helpline.topics.Topic;
import org.junit.jupiter.api.Test;

class CaseTest {

    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private final UserAccount asha = new UserAccount("adviser", "Asha Patel", null, "hash", EnumSet.of(Role.ADVISER), NOW);
    private final Caller caller = Caller.withConsent(
            new CallerDetails("Ann Lee", List.of("07700 900123"), null, null, null, null, null, null), "2026-1", asha, NOW);
    private final Outcome resolved = new Outcome("information-given", "Information given", null, 10);

    private Case newCase() {
        return Case.open("HL-2026-000001", caller, "Fatigue at work", asha, NOW);
    }

    private Contact contact() {
        Contact contact = Contact.data("key-" + System.nanoTime(), new Channel("phone", "Phone", null, 10), Direction.INBOUND,
                new HelplineLine("info-line", "MS Helpline", "0808 800 8000", null, 10), NOW.minusSeconds(600),
                Duration.ofMinutes(8), new CallerType("person-with-ms", "Person with MS", null, 10),
                Set.of(Topic.topLevel("symptoms", "Symptoms", null, 10)), "Asked about fatigue", null, resolved,
                false, false, asha, NOW);
        contact.from(caller);
        return contact;
    }

    @Test
    void numbersCarryTheYearInUkTime() {
        assertEquals("HL-2026-000123", Case.number(Instant.parse("2026-06-01T12:00:00Z"), 123));
        assertEquals("HL-2027-000001", Case.number(Instant.parse("2026-12-31T23:30:00Z").plus(Duration.ofHours(1)), 1));
    }

    @Test
    void aNewCaseIsOpenWithItsOpeningOnTheTimeline() {
        Case opened = newCase();
        assertEquals(CaseStatus.OPEN, opened.getStatus());
        assertEquals(CaseEvent.Kind.OPENED, opened.getTimeline().get(0).getKind());
        assertThrows(CaseException.class, () -> Case.open("HL-2026-000002", caller, "  ", asha, NOW));
    }

    @Test
    void statusMovesFollowTheRules() {
        Case c = newCase();
        c.moveTo(CaseStatus.IN_PROGRESS, asha, NOW);
        c.moveTo(CaseStatus.AWAITING_CALLER, asha, NOW);
        c.moveTo(CaseStatus.IN_PROGRESS, asha, NOW);
        assertThrows(CaseException.class, () -> c.moveTo(CaseStatus.OPEN, asha, NOW), "never back to open");
        assertThrows(CaseException.class, () -> c.moveTo(CaseStatus.CLOSED, asha, NOW), "closing needs an outcome");
    }

    @Test
    void closingNeedsAnOutcomeAndReopeningAReason() {
        Case c = newCase();
        assertThrows(CaseException.class, () -> c.close(null, null, asha, NOW));
        c.close(resolved, "All answered", asha, NOW);
        assertEquals(CaseStatus.CLOSED, c.getStatus());
        assertEquals(resolved, c.getClosingOutcome());
        assertThrows(CaseException.class, () -> c.close(resolved, null, asha, NOW));
        assertThrows(CaseException.class, () -> c.moveTo(CaseStatus.IN_PROGRESS, asha, NOW));
        assertThrows(CaseException.class, () -> c.reopen(" ", asha, NOW));

        c.reopen("Caller rang back with a new question", asha, NOW.plusSeconds(60));

        assertEquals(CaseStatus.IN_PROGRESS, c.getStatus());
        assertNull(c.getClosedAt());
        CaseEvent latest = c.getTimeline().get(0);
        assertEquals(CaseEvent.Kind.REOPENED, latest.getKind());
        assertEquals("Caller rang back with a new question", latest.getText());
    }

    @Test
    void aContactFromTheCallerWakesACaseThatWasWaitingForThem() {
        Case c = newCase();
        c.moveTo(CaseStatus.AWAITING_CALLER, asha, NOW);
        Contact contact = contact();

        c.recordContact(contact, asha, NOW.plusSeconds(1));

        assertEquals(CaseStatus.IN_PROGRESS, c.getStatus());
        assertEquals(c, contact.getSupportCase());
    }

    @Test
    void aClosedCaseTakesNoContacts() {
        Case c = newCase();
        c.close(resolved, null, asha, NOW);
        assertThrows(CaseException.class, () -> c.recordContact(contact(), asha, NOW));
    }

    @Test
    void theTimelineIsNewestFirst() {
        Case c = newCase();
        c.addNote("Sent the fatigue booklet", asha, NOW.plusSeconds(10));
        c.moveTo(CaseStatus.IN_PROGRESS, asha, NOW.plusSeconds(20));
        assertEquals(List.of(CaseEvent.Kind.STATUS, CaseEvent.Kind.NOTE, CaseEvent.Kind.OPENED),
                c.getTimeline().stream().map(CaseEvent::getKind).toList());
        assertThrows(CaseException.class, () -> c.addNote("", asha, NOW));
    }
}
