package org.helpline.followups;

import static org.helpline.testing.Records.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerDetails;
import org.helpline.security.UserAccount;
import org.helpline.testing.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FollowUpTest {

    private static final Instant DUE = NOW.plus(Duration.ofHours(2));
    private static final int MAX_FAILED = 3;
    private static final Duration GRACE = Duration.ofHours(2);

    private final UserAccount asha = Records.adviser(1, "Asha Patel");
    private final UserAccount ben = Records.adviser(2, "Ben Okafor");
    private final Caller caller = Records.caller(1, "Ann Lee");

    /** A callback to Ann, due in a two-hour window from {@code DUE}, booked by and for Asha. */
    private FollowUp callback() {
        return FollowUp.book(FollowUpKind.CALLBACK, caller, null, null, DUE, DUE.plus(Duration.ofHours(2)),
                "07700 900123", "Ring about the fatigue course", asha, asha, NOW);
    }

    private FollowUp inTeamQueue() {
        return FollowUp.book(FollowUpKind.SEND_INFORMATION, caller, null, null, DUE, null, null, "Post the booklet",
                null, asha, NOW);
    }

    private static FollowUpException refusedBooking(FollowUpKind kind, Caller caller, Instant dueFrom, Instant dueUntil,
            String number, String reason) {
        return assertThrows(FollowUpException.class, () -> FollowUp.book(kind, caller, null, null, dueFrom, dueUntil,
                number, reason, null, Records.adviser(1, "Asha Patel"), NOW));
    }

    private static List<FollowUpEvent.Kind> kinds(FollowUp followUp) {
        return followUp.getHistory().stream().map(FollowUpEvent::getKind).toList();
    }

    @Test
    void aBookedFollowUpIsOpenWithTheBookingInItsHistory() {
        FollowUp booked = callback();
        assertEquals(FollowUp.Status.OPEN, booked.getStatus());
        assertEquals(asha, booked.getOwner());
        assertEquals("+447700900123", booked.getNumberToRing());
        FollowUpEvent booking = booked.getHistory().get(0);
        assertEquals(FollowUpEvent.Kind.BOOKED, booking.getKind());
        assertNull(booking.getFromOwner());
        assertEquals(asha, booking.getToOwner());
        assertEquals("Ring about the fatigue course", booking.getText());
    }

    @Test
    void withoutAnEndItsWindowIsAnHour() {
        FollowUp booked = inTeamQueue();
        assertEquals(DUE.plus(Duration.ofHours(1)), booked.getDueUntil());
        assertNull(booked.getOwner(), "booked to nobody: in the team queue");
    }

    @Test
    void itTakesTheCallersPreferredTimes() {
        Caller withTimes = Records.withId(Caller.withConsent(new CallerDetails("Cy Moor",
                List.of("07700 900555"), null, null, null, null, null, "Mornings"), "2026-1", asha, NOW), 5);
        assertEquals("Mornings", FollowUp.book(FollowUpKind.OTHER, withTimes, null, null, DUE, null, null, "Check in",
                asha, asha, NOW).getPreferredTimes());
        assertNull(callback().getPreferredTimes());
    }

    @Test
    void aKindIsRequired() {
        assertEquals("followUpKind", refusedBooking(null, caller, DUE, null, null, "why").getField());
    }

    @Test
    void aDueTimeIsRequired() {
        assertEquals("followUpDue", refusedBooking(FollowUpKind.OTHER, caller, null, null, null, "why").getField());
    }

    @Test
    void itCannotBeDueInThePastBeyondTheClocksDifference() {
        FollowUpException refused = refusedBooking(FollowUpKind.OTHER, caller,
                NOW.minus(FollowUp.CLOCK_SKEW).minusSeconds(1), null, null, "why");
        assertEquals("A follow-up cannot be due in the past", refused.getMessage());
        Instant justNowByAnotherClock = NOW.minus(FollowUp.CLOCK_SKEW);
        assertEquals(justNowByAnotherClock, FollowUp.book(FollowUpKind.OTHER, caller, null, null, justNowByAnotherClock,
                null, null, "why", asha, asha, NOW).getDueFrom());
    }

    @Test
    void itsWindowCannotEndBeforeItStartsButMayBeAMoment() {
        assertEquals("followUpUntil",
                refusedBooking(FollowUpKind.OTHER, caller, DUE, DUE.minusSeconds(1), null, "why").getField());
        assertEquals(DUE, FollowUp.book(FollowUpKind.OTHER, caller, null, null, DUE, DUE, null, "why", asha, asha, NOW)
                .getDueUntil());
    }

    @Test
    void aReasonIsRequiredTrimmedAndAtMost2000Characters() {
        assertEquals("followUpReason", refusedBooking(FollowUpKind.OTHER, caller, DUE, null, null, " \t").getField());
        assertEquals("followUpReason", refusedBooking(FollowUpKind.OTHER, caller, DUE, null, null, null).getField());
        assertEquals("followUpReason",
                refusedBooking(FollowUpKind.OTHER, caller, DUE, null, null, "r".repeat(2001)).getField());
        assertEquals(2000, FollowUp.book(FollowUpKind.OTHER, caller, null, null, DUE, null, null, " " + "r".repeat(2000)
                + " ", asha, asha, NOW).getReason().length());
    }

    @Test
    void aNumberToRingMustBeAPhoneNumber() {
        FollowUpException refused = refusedBooking(FollowUpKind.OTHER, caller, DUE, null, "ring me", "why");
        assertEquals("followUpNumber", refused.getField());
    }

    @Test
    void aCallbackNeedsANumberButOtherKindsDoNot() {
        assertEquals("A callback needs a number to ring",
                refusedBooking(FollowUpKind.CALLBACK, caller, DUE, null, "  ", "why").getMessage());
        assertNull(FollowUp.book(FollowUpKind.SEND_INFORMATION, caller, null, null, DUE, null, " ", "why", asha, asha, NOW)
                .getNumberToRing());
    }

    @ParameterizedTest
    @EnumSource(value = FollowUpKind.class, names = "CALLBACK", mode = EnumSource.Mode.EXCLUDE)
    void onlyACallbackMayBeForANumberAlone(FollowUpKind kind) {
        assertEquals("A follow-up belongs to a contact, a case or a caller",
                refusedBooking(kind, null, DUE, null, "07700 900123", "why").getMessage());
    }

    @Test
    void aCallbackToAMissedNumberNeedsNoCaller() {
        FollowUp missed = FollowUp.book(FollowUpKind.CALLBACK, null, null, null, DUE, null, "07700 900999",
                "Missed call", null, asha, NOW);
        assertNull(missed.getCaller());
        assertTrue(missed.openWithoutCaller(2), "any adviser while it waits in the team queue");
        missed.claim(asha, NOW);
        assertTrue(missed.openWithoutCaller(1));
        assertFalse(missed.openWithoutCaller(2), "only whoever holds it once it is claimed");
    }

    @Test
    void anAdviserClaimsOneFromTheTeamQueue() {
        FollowUp queued = inTeamQueue();
        queued.claim(ben, NOW.plusSeconds(60));
        assertEquals(ben, queued.getOwner());
        FollowUpEvent claimed = queued.getHistory().get(0);
        assertEquals(FollowUpEvent.Kind.CLAIMED, claimed.getKind());
        assertEquals(ben, claimed.getToOwner());
        assertEquals(ben, queued.getUpdatedBy());
    }

    @Test
    void oneSomeoneHasCannotBeClaimed() {
        FollowUp mine = callback();
        FollowUpException refused = assertThrows(FollowUpException.class, () -> mine.claim(ben, NOW));
        assertEquals("This follow-up already belongs to Asha Patel", refused.getMessage());
        assertTrue(refused.isConflict());
        assertEquals(asha, mine.getOwner());
    }

    @Test
    void reassigningHandsItOverAndTheHistoryKeepsWhoHadIt() {
        FollowUp followUp = callback();
        followUp.reassign(ben, "Asha is on leave", asha, NOW.plusSeconds(60));
        assertEquals(ben, followUp.getOwner());
        FollowUpEvent handed = followUp.getHistory().get(0);
        assertEquals(FollowUpEvent.Kind.REASSIGNED, handed.getKind());
        assertEquals(asha, handed.getFromOwner());
        assertEquals(ben, handed.getToOwner());
        assertEquals("Asha is on leave", handed.getText());

        followUp.reassign(null, "Anyone free", ben, NOW.plusSeconds(120));
        assertNull(followUp.getOwner());
    }

    @Test
    void reassigningToWhoeverHasItIsRefused() {
        FollowUp followUp = callback();
        FollowUpException toOwner = assertThrows(FollowUpException.class,
                () -> followUp.reassign(Records.adviser(1, "Asha Patel"), "why", ben, NOW));
        assertEquals("This follow-up for Ann Lee is already with Asha Patel", toOwner.getMessage());
        assertTrue(toOwner.isConflict());

        FollowUp missed = FollowUp.book(FollowUpKind.CALLBACK, null, null, null, DUE, null, "07700 900999", "Missed",
                null, asha, NOW);
        assertEquals("This follow-up is already in the team queue",
                assertThrows(FollowUpException.class, () -> missed.reassign(null, "why", ben, NOW)).getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = AttemptOutcome.class, names = "REACHED", mode = EnumSource.Mode.EXCLUDE)
    void anAttemptThatDoesNotReachTheCallerIsCountedAndLeavesItOpen(AttemptOutcome outcome) {
        FollowUp followUp = callback();
        followUp.attempt(outcome, "Tried at 11", asha, DUE);
        followUp.attempt(outcome, null, asha, DUE.plusSeconds(60));

        assertEquals(FollowUp.Status.OPEN, followUp.getStatus());
        assertEquals(2, followUp.getFailedAttempts());
        assertNull(followUp.getCompletedAt());
        FollowUpEvent latest = followUp.getHistory().get(0);
        assertEquals(FollowUpEvent.Kind.ATTEMPT, latest.getKind());
        assertEquals(outcome, latest.getAttempt());
    }

    @Test
    void reachingTheCallerCompletesIt() {
        FollowUp followUp = callback();
        followUp.attempt(AttemptOutcome.NO_ANSWER, null, asha, DUE);
        followUp.attempt(AttemptOutcome.REACHED, "Booked on the course", asha, DUE.plusSeconds(600));

        assertEquals(FollowUp.Status.COMPLETED, followUp.getStatus());
        assertEquals(DUE.plusSeconds(600), followUp.getCompletedAt());
        assertEquals(1, followUp.getFailedAttempts(), "reaching the caller is no failure");
        assertEquals(List.of(FollowUpEvent.Kind.COMPLETED, FollowUpEvent.Kind.ATTEMPT, FollowUpEvent.Kind.ATTEMPT,
                FollowUpEvent.Kind.BOOKED), kinds(followUp));
    }

    @Test
    void anAttemptNeedsWhatHappened() {
        FollowUp followUp = callback();
        FollowUpException refused = assertThrows(FollowUpException.class, () -> followUp.attempt(null, "?", asha, NOW));
        assertEquals("attempt", refused.getField());
        assertEquals(List.of(FollowUpEvent.Kind.BOOKED), kinds(followUp));
    }

    @Test
    void itIsCompletedOnceAndOnlyOnce() {
        FollowUp followUp = callback();
        followUp.attempt(AttemptOutcome.REACHED, null, asha, DUE);

        for (Runnable change : List.<Runnable>of(() -> followUp.attempt(AttemptOutcome.REACHED, null, ben, DUE),
                () -> followUp.attempt(AttemptOutcome.NO_ANSWER, null, ben, DUE), () -> followUp.complete(null, ben, DUE),
                () -> followUp.claim(ben, DUE), () -> followUp.reassign(ben, "why", asha, DUE))) {
            FollowUpException refused = assertThrows(FollowUpException.class, change::run);
            assertEquals("This follow-up is already completed", refused.getMessage());
            assertTrue(refused.isConflict());
        }
        assertEquals(DUE, followUp.getCompletedAt());
        assertEquals(0, followUp.getFailedAttempts());
    }

    @Test
    void itCanBeMarkedDoneWithoutACall() {
        FollowUp followUp = inTeamQueue();
        followUp.complete("Booklet posted", ben, DUE);
        assertEquals(FollowUp.Status.COMPLETED, followUp.getStatus());
        FollowUpEvent done = followUp.getHistory().get(0);
        assertEquals(FollowUpEvent.Kind.COMPLETED, done.getKind());
        assertEquals("Booklet posted", done.getText());
        assertEquals(ben, done.getActor());
    }

    @Test
    void itIsOverdueOnlyOnceItsWindowHasClosed() {
        FollowUp followUp = callback();
        Instant windowEnd = followUp.getDueUntil();
        assertFalse(followUp.isOverdue(DUE));
        assertFalse(followUp.isOverdue(windowEnd), "done at the end of the window is on time");
        assertTrue(followUp.isOverdue(windowEnd.plusSeconds(1)));

        followUp.complete(null, asha, windowEnd.plusSeconds(60));
        assertFalse(followUp.isOverdue(windowEnd.plus(Duration.ofDays(1))), "a completed follow-up is never overdue");
    }

    @Test
    void itIsNotEscalatedWhileInItsWindowOrGrace() {
        FollowUp followUp = callback();
        followUp.attempt(AttemptOutcome.NO_ANSWER, null, asha, DUE);
        followUp.attempt(AttemptOutcome.VOICEMAIL, null, asha, DUE);
        assertEquals(Optional.empty(), followUp.escalationDue(DUE, MAX_FAILED, GRACE));
        assertEquals(Optional.empty(), followUp.escalationDue(followUp.getDueUntil().plus(GRACE), MAX_FAILED, GRACE),
                "at the end of the grace period it is still not escalated");
    }

    @Test
    void tooManyFailedAttemptsEscalateItBeforeItIsDue() {
        FollowUp followUp = callback();
        for (int i = 0; i < MAX_FAILED; i++) {
            followUp.attempt(AttemptOutcome.WRONG_NUMBER, null, asha, NOW);
        }
        assertEquals(Optional.of("3 attempts without reaching the caller"), followUp.escalationDue(NOW, MAX_FAILED, GRACE));
        assertEquals(Optional.of("3 attempts without reaching the caller"),
                followUp.escalationDue(followUp.getDueUntil().plus(Duration.ofDays(1)), MAX_FAILED, GRACE),
                "the attempts are the reason given even once it is overdue as well");
    }

    @Test
    void beingOverdueBeyondTheGraceEscalatesItSayingSinceWhenInUkTime() {
        Instant summer = Instant.parse("2026-06-10T09:00:00Z");
        FollowUp followUp = FollowUp.book(FollowUpKind.OTHER, caller, null, null, summer, summer.plusSeconds(3600), null,
                "Check in", asha, asha, summer);
        Instant justPastGrace = followUp.getDueUntil().plus(GRACE).plusSeconds(1);
        assertEquals(Optional.of("Overdue since 11:00 on 10 Jun"), followUp.escalationDue(justPastGrace, MAX_FAILED, GRACE));
    }

    @Test
    void aFollowUpNoLongerOpenIsNeverEscalated() {
        FollowUp followUp = callback();
        followUp.attempt(AttemptOutcome.NO_ANSWER, null, asha, NOW);
        followUp.complete(null, asha, NOW);
        assertEquals(Optional.empty(), followUp.escalationDue(DUE.plus(Duration.ofDays(7)), 1, GRACE));
    }

    @Test
    void itIsEscalatedOnceAndNotDueAgainAfterwards() {
        FollowUp followUp = callback();
        Instant late = followUp.getDueUntil().plus(GRACE).plusSeconds(60);
        followUp.escalate(followUp.escalationDue(late, MAX_FAILED, GRACE).orElseThrow(), late);

        assertEquals(late, followUp.getEscalatedAt());
        FollowUpEvent escalated = followUp.getHistory().get(0);
        assertEquals(FollowUpEvent.Kind.ESCALATED, escalated.getKind());
        assertNull(escalated.getActor(), "the schedule escalates, not a member of staff");
        assertEquals(Optional.empty(), followUp.escalationDue(late.plus(Duration.ofDays(1)), MAX_FAILED, GRACE));
        FollowUpException again = assertThrows(FollowUpException.class, () -> followUp.escalate("again", late));
        assertTrue(again.isConflict());
        assertEquals(late, followUp.getEscalatedAt());
        assertEquals(FollowUp.Status.OPEN, followUp.getStatus(), "escalating does not close it");
    }

    @Test
    void aLongEscalationReasonIsCutToItsColumnButKeptWholeInTheHistory() {
        FollowUp followUp = callback();
        String why = "w".repeat(250);
        followUp.escalate(why, DUE);
        assertEquals(200, followUp.getEscalationReason().length());
        assertEquals(why, followUp.getHistory().get(0).getText());
    }

    @Test
    void theHistoryIsNewestFirst() {
        FollowUp followUp = inTeamQueue();
        followUp.claim(ben, NOW.plusSeconds(20));
        followUp.attempt(AttemptOutcome.NO_ANSWER, null, ben, NOW.plusSeconds(10));
        assertEquals(List.of(FollowUpEvent.Kind.CLAIMED, FollowUpEvent.Kind.ATTEMPT, FollowUpEvent.Kind.BOOKED),
                kinds(followUp));
        assertThrows(UnsupportedOperationException.class, () -> followUp.getHistory().clear());
    }

    @Test
    void aFollowUpDoneByACallRecordsTheCallAsItsCompletingAttempt() {
        FollowUp followUp = callback();
        org.helpline.calls.Contact call = Records.contact(caller, ben, NOW.plusSeconds(60));
        assertEquals(Optional.empty(), followUp.getCompletedByContact());

        followUp.doneByCall(call, ben, NOW.plusSeconds(120));

        assertEquals(FollowUp.Status.COMPLETED, followUp.getStatus());
        assertEquals(NOW.plusSeconds(120), followUp.getCompletedAt());
        assertEquals(0, followUp.getFailedAttempts());
        assertEquals(List.of(FollowUpEvent.Kind.COMPLETED, FollowUpEvent.Kind.ATTEMPT, FollowUpEvent.Kind.BOOKED), kinds(followUp));
        FollowUpEvent done = followUp.getHistory().get(0);
        FollowUpEvent attempt = followUp.getHistory().get(1);
        assertTrue(done.isDoneByCall());
        assertEquals(ben, done.getActor());
        assertTrue(done.getContact() == call && attempt.getContact() == call, "both name the call");
        assertEquals(AttemptOutcome.REACHED, attempt.getAttempt());
        assertFalse(attempt.isDoneByCall());
        assertTrue(followUp.getCompletedByContact().filter(c -> c == call).isPresent());

        FollowUpException again = assertThrows(FollowUpException.class,
                () -> followUp.doneByCall(call, asha, NOW.plusSeconds(180)));
        assertEquals("status", again.getField());
        assertEquals(3, followUp.getHistory().size(), "done once only");
    }

    @Test
    void aFollowUpDoneWithoutACallNamesNoContact() {
        FollowUp followUp = callback();
        followUp.complete("Posted the booklet", asha, NOW);
        assertEquals(Optional.empty(), followUp.getCompletedByContact());
        assertFalse(followUp.getHistory().get(0).isDoneByCall());
    }
}
