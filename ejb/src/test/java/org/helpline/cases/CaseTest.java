package org.helpline.cases;

import static org.helpline.testing.Records.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.helpline.testing.Records;
import org.helpline.topics.Topic;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CaseTest {

    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private final UserAccount asha = withId(new UserAccount("adviser", "Asha Patel", null, "hash", EnumSet.of(Role.ADVISER), NOW), 1);
    private final UserAccount ben = Records.adviser(2, "Ben Okafor");
    private final Caller caller = withId(Caller.withConsent(
            new CallerDetails("Ann Lee", List.of("07700 900123"), null, null, null, null, null, null), "2026-1", asha, NOW), 1);
    private final Outcome resolved = new Outcome("information-given", "Information given", null, 10);

    private Case newCase() {
        return Case.open("HL-2026-000001", caller, "Fatigue at work", asha, NOW, NOW);
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
    void aCaseOpenedAboutAnEarlierContactIsDatedByIt() {
        Instant october = Instant.parse("2025-10-31T23:50:00Z");
        Case late = Case.open(Case.number(october, 7), caller, "Keyed in November", asha, october, NOW);
        assertEquals(october, late.getDatedAt(), "counts from the call");
        assertEquals(NOW, late.getOpenedAt(), "keyed now");
        assertEquals("HL-2025-000007", late.getNumber(), "the year of the call, not of the keying");
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
        assertThrows(CaseException.class, () -> Case.open("HL-2026-000002", caller, "  ", asha, NOW, NOW));
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

    /** A new case moved to {@code status} by the ordinary route. */
    private Case caseThatIs(CaseStatus status) {
        Case c = newCase();
        switch (status) {
            case OPEN -> { }
            case IN_PROGRESS, AWAITING_CALLER -> c.moveTo(status, asha, NOW);
            case CLOSED -> c.close(resolved, null, asha, NOW);
        }
        return c;
    }

    private static List<CaseEvent.Kind> kinds(Case c) {
        return c.getTimeline().stream().map(CaseEvent::getKind).toList();
    }

    @Test
    void aTitleIsTrimmedAndAtMost200Characters() {
        assertEquals("Fatigue at work", Case.open("HL-2026-000002", caller, "  Fatigue at work \n", asha, NOW, NOW).getTitle());
        assertEquals(200, Case.open("HL-2026-000003", caller, "t".repeat(200), asha, NOW, NOW).getTitle().length());
        CaseException tooLong = assertThrows(CaseException.class,
                () -> Case.open("HL-2026-000004", caller, "t".repeat(201), asha, NOW, NOW));
        assertEquals("title", tooLong.getField());
        assertEquals("title", assertThrows(CaseException.class,
                () -> Case.open("HL-2026-000005", caller, null, asha, NOW, NOW)).getField());
    }

    @Test
    void aNewCaseIsItsOpenersAndTheOpeningCarriesTheTitle() {
        Case opened = newCase();
        assertEquals(asha, opened.getOwner());
        assertFalse(opened.isInTeamQueue());
        assertEquals(NOW, opened.getOpenedAt());
        assertEquals("Fatigue at work", opened.getTimeline().get(0).getText());
        assertEquals(asha, opened.getUpdatedBy());
    }

    /** Every pair of statuses but closing, which has its own method: allowed or refused as the rules say. */
    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "OPEN, OPEN, false", "OPEN, IN_PROGRESS, true", "OPEN, AWAITING_CALLER, true",
        "IN_PROGRESS, OPEN, false", "IN_PROGRESS, IN_PROGRESS, false", "IN_PROGRESS, AWAITING_CALLER, true",
        "AWAITING_CALLER, OPEN, false", "AWAITING_CALLER, IN_PROGRESS, true", "AWAITING_CALLER, AWAITING_CALLER, false",
        "CLOSED, OPEN, false", "CLOSED, IN_PROGRESS, false", "CLOSED, AWAITING_CALLER, false"})
    void anOrdinaryStatusMoveIsAllowedOnlyWhereTheRulesSay(CaseStatus from, CaseStatus to, boolean allowed) {
        Case c = caseThatIs(from);
        int entries = c.getTimeline().size();
        if (allowed) {
            c.moveTo(to, ben, NOW.plusSeconds(60));
            assertEquals(to, c.getStatus());
            CaseEvent moved = c.getTimeline().get(0);
            assertEquals(CaseEvent.Kind.STATUS, moved.getKind());
            assertEquals(from, moved.getStatusFrom());
            assertEquals(to, moved.getStatusTo());
            assertEquals(ben, moved.getActor());
            assertEquals(ben, c.getUpdatedBy());
        } else {
            CaseException refused = assertThrows(CaseException.class, () -> c.moveTo(to, ben, NOW.plusSeconds(60)));
            assertTrue(refused.isConflict(), "the case's state refuses it, not the input");
            assertEquals(from, c.getStatus());
            assertEquals(entries, c.getTimeline().size(), "a refused move leaves no trace");
        }
    }

    @Test
    void theStatusRulesAsTheEnumStatesThem() {
        assertEquals(EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_CALLER, CaseStatus.CLOSED), CaseStatus.OPEN.next());
        assertEquals(EnumSet.of(CaseStatus.AWAITING_CALLER, CaseStatus.CLOSED), CaseStatus.IN_PROGRESS.next());
        assertEquals(EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.CLOSED), CaseStatus.AWAITING_CALLER.next());
        assertTrue(CaseStatus.CLOSED.next().isEmpty(), "only reopening leaves closed");
        assertFalse(CaseStatus.CLOSED.isOpen());
        assertTrue(CaseStatus.AWAITING_CALLER.isOpen());
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void movingToClosedIsRefusedAsInputWhateverTheStatus(CaseStatus from) {
        Case c = caseThatIs(from);
        CaseException refused = assertThrows(CaseException.class, () -> c.moveTo(CaseStatus.CLOSED, asha, NOW));
        assertEquals("Close a case with its outcome", refused.getMessage());
        assertFalse(refused.isConflict());
        assertEquals(from, c.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void anyOpenCaseClosesWithItsOutcomeAndTheNoteOnTheTimeline(CaseStatus from) {
        Case c = caseThatIs(from);
        c.close(resolved, "  Booklet sent ", ben, NOW.plusSeconds(300));

        assertEquals(CaseStatus.CLOSED, c.getStatus());
        assertEquals(NOW.plusSeconds(300), c.getClosedAt());
        CaseEvent closed = c.getTimeline().get(0);
        assertEquals(CaseEvent.Kind.CLOSED, closed.getKind());
        assertEquals(from, closed.getStatusFrom());
        assertEquals(CaseStatus.CLOSED, closed.getStatusTo());
        assertEquals("Information given: Booklet sent", closed.getText());
    }

    @Test
    void closingWithoutANoteWritesTheOutcomeAlone() {
        Case c = newCase();
        c.close(resolved, "   ", asha, NOW);
        assertEquals("Information given", c.getTimeline().get(0).getText());
    }

    @Test
    void closingTwiceIsAConflictAndKeepsTheFirstClosing() {
        Case c = newCase();
        c.close(resolved, null, asha, NOW);
        Outcome other = new Outcome("referred", "Referred", null, 20);
        CaseException refused = assertThrows(CaseException.class, () -> c.close(other, null, ben, NOW.plusSeconds(60)));
        assertTrue(refused.isConflict());
        assertEquals(resolved, c.getClosingOutcome());
        assertEquals(NOW, c.getClosedAt());
    }

    @Test
    void closingWithoutAnOutcomeIsRefusedAtTheOutcome() {
        Case c = newCase();
        CaseException refused = assertThrows(CaseException.class, () -> c.close(null, "done", asha, NOW));
        assertEquals("outcome", refused.getField());
        assertFalse(refused.isConflict());
        assertTrue(c.getStatus().isOpen());
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAClosedCaseCanBeReopened(CaseStatus from) {
        Case c = caseThatIs(from);
        CaseException refused = assertThrows(CaseException.class, () -> c.reopen("Rang back", asha, NOW));
        assertTrue(refused.isConflict());
        assertEquals(from, c.getStatus());
    }

    @Test
    void reopeningNeedsAReasonEvenWhenNull() {
        Case c = caseThatIs(CaseStatus.CLOSED);
        CaseException refused = assertThrows(CaseException.class, () -> c.reopen(null, asha, NOW));
        assertEquals("reason", refused.getField());
        assertEquals(CaseStatus.CLOSED, c.getStatus());
    }

    @Test
    void aReopenedCaseForgetsItsClosingAndCanBeClosedAgain() {
        Case c = caseThatIs(CaseStatus.CLOSED);
        c.reopen("  New question ", ben, NOW.plusSeconds(60));

        assertNull(c.getClosingOutcome());
        CaseEvent reopened = c.getTimeline().get(0);
        assertEquals(CaseStatus.CLOSED, reopened.getStatusFrom());
        assertEquals(CaseStatus.IN_PROGRESS, reopened.getStatusTo());
        assertEquals("New question", reopened.getText());

        c.recordContact(contact(), ben, NOW.plusSeconds(120));
        c.close(resolved, null, ben, NOW.plusSeconds(180));
        assertEquals(CaseStatus.CLOSED, c.getStatus());
        assertEquals(List.of(CaseEvent.Kind.CLOSED, CaseEvent.Kind.CONTACT, CaseEvent.Kind.REOPENED,
                CaseEvent.Kind.CLOSED, CaseEvent.Kind.OPENED), kinds(c));
    }

    @Test
    void aClosedCaseRefusesAContactAsAConflictAndKeepsItOffTheCase() {
        Case c = caseThatIs(CaseStatus.CLOSED);
        Contact contact = contact();
        assertTrue(assertThrows(CaseException.class, () -> c.recordContact(contact, asha, NOW)).isConflict());
        assertNull(contact.getSupportCase());
    }

    @Test
    void aContactFromAnotherCallerIsRefused() {
        Case c = newCase();
        Contact fromSomeoneElse = Records.contact(Records.caller(2, "Bea Holm"), asha, NOW);
        CaseException refused = assertThrows(CaseException.class, () -> c.recordContact(fromSomeoneElse, asha, NOW));
        assertEquals("Case HL-2026-000001 belongs to another caller", refused.getMessage());
        assertNull(fromSomeoneElse.getSupportCase());
        assertEquals(List.of(CaseEvent.Kind.OPENED), kinds(c));
    }

    @Test
    void aContactWithNoCallerIsRefused() {
        Case c = newCase();
        Contact anonymous = Records.contact(null, asha, NOW);
        assertThrows(CaseException.class, () -> c.recordContact(anonymous, asha, NOW));
        assertNull(anonymous.getSupportCase());
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"OPEN", "IN_PROGRESS"})
    void aContactLeavesACaseNotWaitingForTheCallerWhereItWas(CaseStatus from) {
        Case c = caseThatIs(from);
        Contact contact = contact();
        c.recordContact(contact, ben, NOW.plusSeconds(60));

        assertEquals(from, c.getStatus());
        CaseEvent recorded = c.getTimeline().get(0);
        assertEquals(CaseEvent.Kind.CONTACT, recorded.getKind());
        assertEquals(contact, recorded.getContact());
        assertEquals(ben, c.getUpdatedBy());
    }

    @Test
    void theCallerGettingBackInTouchIsOnTheTimelineAsAContactAndAStatusChange() {
        Case c = caseThatIs(CaseStatus.AWAITING_CALLER);
        c.recordContact(contact(), ben, NOW.plusSeconds(60));
        CaseEvent woken = c.getTimeline().get(0);
        assertEquals(CaseEvent.Kind.STATUS, woken.getKind());
        assertEquals(CaseStatus.AWAITING_CALLER, woken.getStatusFrom());
        assertEquals(CaseStatus.IN_PROGRESS, woken.getStatusTo());
        assertEquals(CaseEvent.Kind.CONTACT, c.getTimeline().get(1).getKind());
    }

    @Test
    void reassigningHandsTheCaseOverAndTheTimelineKeepsWhoHadIt() {
        Case c = newCase();
        UserAccount supervisor = Records.adviser(3, "Sam Reid");
        c.reassign(ben, "  Asha is on leave ", supervisor, NOW.plusSeconds(60));

        assertEquals(ben, c.getOwner());
        CaseEvent handed = c.getTimeline().get(0);
        assertEquals(CaseEvent.Kind.REASSIGNED, handed.getKind());
        assertEquals(asha, handed.getFromOwner());
        assertEquals(ben, handed.getToOwner());
        assertEquals("Asha is on leave", handed.getText());
        assertEquals(supervisor, handed.getActor());
    }

    @Test
    void reassigningToTheTeamQueueLeavesItWithNobody() {
        Case c = newCase();
        c.reassign(null, "Anyone free", asha, NOW);
        assertTrue(c.isInTeamQueue());
        assertNull(c.getTimeline().get(0).getToOwner());
    }

    @Test
    void reassigningToWhoeverHasItIsRefused() {
        Case c = newCase();
        CaseException toOwner = assertThrows(CaseException.class, () -> c.reassign(withId(
                new UserAccount("asha2", "Asha Patel", null, "hash", EnumSet.of(Role.ADVISER), NOW), 1), "why", ben, NOW));
        assertEquals("Case HL-2026-000001 is already with Asha Patel", toOwner.getMessage());
        assertTrue(toOwner.isConflict());

        c.reassign(null, "Anyone free", asha, NOW);
        assertEquals("Case HL-2026-000001 is already in the team queue",
                assertThrows(CaseException.class, () -> c.reassign(null, "why", ben, NOW)).getMessage());
    }

    @Test
    void reassigningNeedsAReasonOfAtMost2000Characters() {
        Case c = newCase();
        assertEquals("reason", assertThrows(InvalidInputException.class, () -> c.reassign(ben, " ", asha, NOW)).getField());
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> c.reassign(ben, "x".repeat(2001), asha, NOW)).getField());
        assertEquals(asha, c.getOwner());
        c.reassign(ben, "x".repeat(2000), asha, NOW);
        assertEquals(ben, c.getOwner());
    }

    @Test
    void aClosedCaseIsNotReassignedNorClaimed() {
        Case c = newCase();
        c.reassign(null, "Anyone free", asha, NOW);
        c.close(resolved, null, asha, NOW);
        assertTrue(assertThrows(CaseException.class, () -> c.reassign(ben, "why", asha, NOW)).isConflict());
        assertThrows(CaseException.class, () -> c.claim(ben, NOW));
        assertTrue(c.isInTeamQueue());
    }

    @Test
    void anAdviserClaimsACaseFromTheTeamQueue() {
        Case c = newCase();
        c.reassign(null, "Anyone free", asha, NOW);
        c.claim(ben, NOW.plusSeconds(60));

        assertEquals(ben, c.getOwner());
        CaseEvent claimed = c.getTimeline().get(0);
        assertEquals("Taken from the team queue", claimed.getText());
        assertNull(claimed.getFromOwner());
        assertEquals(ben, claimed.getActor());
    }

    @Test
    void aCaseSomeoneHasCannotBeClaimed() {
        Case c = newCase();
        CaseException refused = assertThrows(CaseException.class, () -> c.claim(ben, NOW));
        assertEquals("Case HL-2026-000001 is already with Asha Patel", refused.getMessage());
        assertEquals(asha, c.getOwner());
    }

    @Test
    void aNoteIsTrimmedAndAtMost10000Characters() {
        Case c = newCase();
        c.addNote("  Sent the booklet \n", ben, NOW);
        assertEquals("Sent the booklet", c.getTimeline().get(0).getText());
        c.addNote("n".repeat(10_000), ben, NOW);
        assertThrows(CaseException.class, () -> c.addNote("n".repeat(10_001), ben, NOW));
        assertThrows(CaseException.class, () -> c.addNote(null, ben, NOW));
        assertEquals(3, c.getTimeline().size());
    }

    @Test
    void entriesOfTheSameMomentShowTheLatestAddedFirst() {
        Case c = newCase();
        c.addNote("first", asha, NOW);
        c.addNote("second", asha, NOW);
        assertEquals(List.of("second", "first", "Fatigue at work"),
                c.getTimeline().stream().map(CaseEvent::getText).toList());
        assertThrows(UnsupportedOperationException.class, () -> c.getTimeline().clear());
    }

    @Test
    void aChangeMadeToAStaleCopyNamesWhoChangedItLast() {
        Case c = newCase();
        c.addNote("A note", ben, Instant.parse("2026-06-03T13:05:00Z"));
        ConcurrentEditException stale = assertThrows(ConcurrentEditException.class, () -> c.checkVersion(1));
        assertTrue(stale.getMessage().startsWith("Ben Okafor changed this case HL-2026-000001 at 14:05 on 3 Jun"),
                stale.getMessage());
        c.checkVersion(0);
    }
}
