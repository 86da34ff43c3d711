package org.helpline.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.callers.PhoneNumber;
import org.helpline.calls.ContactLog;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUpKind;
import org.helpline.followups.FollowUps;
import org.helpline.privacy.Erasure;
import org.helpline.privacy.Retention;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsManager;
import org.helpline.testing.AsSecondAdviser;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.helpline.testing.PhoneEvents;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The missed-calls list: one row per number, with its rings and lines; a caller's name only for those who
 * may see it; a callback booked in one click; a batch marked dealt with.
 */
@ExtendWith(ArquillianExtension.class)
class MissedCallsIT {

    private static final String NURSE_LINE = "0808 157 0123";

    @Inject
    Telephony telephony;

    @Inject
    MissedCalls missed;

    @Inject
    FollowUps followUps;

    @Inject
    ContactLog log;

    @Inject
    AsAdviser adviser;

    @Inject
    AsSecondAdviser adviser2;

    @Inject
    AsManager manager;

    @Inject
    Database db;

    @Inject
    AsAdmin admin;

    @Inject
    Erasure erasure;

    @Inject
    Retention retention;

    private void send(String callId, String type, String from, String line, Instant at) {
        String body = PhoneEvents.json(PhoneEvents.id("ev"), callId, type, from, line, at, null);
        String timestamp = PhoneEvents.now();
        assertEquals(Receipt.ACCEPTED, telephony.receive(PhoneEvents.SYSTEM, timestamp, PhoneEvents.sign(timestamp, body), body));
    }

    private static String e164(String mobile) {
        return PhoneNumber.normalise(mobile);
    }

    private static Optional<MissedNumber> row(List<MissedNumber> rows, String number) {
        return rows.stream().filter(r -> r.number().equals(number)).findFirst();
    }

    private long callerWith(String number) {
        return ((Number) db.nativeQuery("select caller_id from caller_phone where number = ?1", number).get(0)).longValue();
    }

    @Test
    void missedCallsAreOneRowPerNumberWithTheCallersNameOnlyForThoseWhoMaySeeIt() {
        String mine = ContactForms.uniqueMobile();
        String theirs = ContactForms.uniqueMobile();
        adviser.run(() -> log.log(ContactForms.namedCall(ContactForms.uniqueName("Ffion", "Hughes"), mine)));
        adviser2.run(() -> log.log(ContactForms.namedCall(ContactForms.uniqueName("Idris", "Price"), theirs)));
        Instant start = Instant.now().minusSeconds(1800);
        send(PhoneEvents.id("call"), "MISSED", mine, PhoneEvents.INFO_LINE, start);
        send(PhoneEvents.id("call"), "VOICEMAIL", mine, NURSE_LINE, start.plusSeconds(600));
        String hungUp = PhoneEvents.id("call");
        send(hungUp, "RINGING", mine, PhoneEvents.INFO_LINE, start.plusSeconds(900));
        send(hungUp, "ENDED", mine, PhoneEvents.INFO_LINE, start.plusSeconds(915));
        String answered = PhoneEvents.id("call");
        send(answered, "ENDED", mine, PhoneEvents.INFO_LINE, start.plusSeconds(1300));
        send(answered, "RINGING", mine, PhoneEvents.INFO_LINE, start.plusSeconds(1000));
        send(PhoneEvents.id("call"), "MISSED", theirs, PhoneEvents.INFO_LINE, start.plusSeconds(60));
        send(PhoneEvents.id("call"), "MISSED", "withheld", PhoneEvents.INFO_LINE, start.plusSeconds(70));

        List<MissedNumber> rows = adviser.call(() -> AllRows.of(missed::waiting));
        MissedNumber mineRow = row(rows, e164(mine)).orElseThrow();
        assertEquals(4, mineRow.rings(), "missed, voicemail, hung up while ringing, ended unanswered");
        assertEquals(List.of("MS Helpline", "MS Nurse line"), mineRow.lines());
        assertTrue(mineRow.voicemail());
        assertEquals(start.getEpochSecond(), mineRow.firstRang().getEpochSecond());
        assertEquals(start.plusSeconds(1000).getEpochSecond(), mineRow.lastRang().getEpochSecond());
        assertTrue(mineRow.callerName().startsWith("Ffion Hughes"), mineRow.callerName());
        assertNull(row(rows, e164(theirs)).orElseThrow().callerName(), "someone else's caller: the number only");
        assertTrue(rows.stream().allMatch(r -> r.number() != null), "a withheld number cannot be rung back");

        assertEquals(1, db.count("select count(e) from AccessEntry e where e.callerId = " + callerWith(e164(mine))
                + " and e.username = 'adviser' and e.detail = 'missed calls'"));
        assertEquals(0, db.count("select count(e) from AccessEntry e where e.callerId = " + callerWith(e164(theirs))
                + " and e.username = 'adviser' and e.detail = 'missed calls'"));
        assertNull(row(adviser2.call(() -> AllRows.of(missed::waiting)), e164(mine)).orElseThrow().callerName());
    }

    @Test
    void theCallRecordsForgetTheNumberWhenTheCallerIsErasedOrTheCallIsPastRetention() {
        String erased = ContactForms.uniqueMobile();
        adviser.run(() -> log.log(ContactForms.namedCall(ContactForms.uniqueName("Owain", "Lloyd"), erased)));
        String erasedCall = PhoneEvents.id("call");
        send(erasedCall, "MISSED", erased, PhoneEvents.INFO_LINE, Instant.now().minusSeconds(120));
        long callerId = callerWith(e164(erased));
        admin.run(() -> erasure.erase(callerId, "Asked by phone to be forgotten"));
        assertEquals(List.of(), numberOf(erasedCall), "the call stays, without the number");
        assertTrue(row(adviser.call(() -> AllRows.of(missed::waiting)), e164(erased)).isEmpty());

        String old = PhoneEvents.id("call");
        send(old, "MISSED", ContactForms.uniqueMobile(), PhoneEvents.INFO_LINE, Instant.now().minusSeconds(60));
        String recent = PhoneEvents.id("call");
        send(recent, "MISSED", ContactForms.uniqueMobile(), PhoneEvents.INFO_LINE, Instant.now().minusSeconds(60));
        db.nativeUpdate("update phone_call set created_at = ?1 where external_call_id = ?2",
                java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(7 * 366))), old);
        admin.run(() -> retention.shredDue(Instant.now()));
        assertEquals(List.of(), numberOf(old), "a call past the retention period loses its number");
        assertEquals(1, numberOf(recent).size(), "a recent one keeps it");
    }

    /** The caller number kept for a call, as a list: empty when there is none. */
    private List<?> numberOf(String externalCallId) {
        return db.nativeQuery("select caller_number from phone_call where external_call_id = ?1 and caller_number is not null",
                externalCallId);
    }

    @Test
    void bookingACallbackIsOneClickAndDealsWithEveryMissedCallFromTheNumber() {
        String known = ContactForms.uniqueMobile();
        adviser.run(() -> log.log(ContactForms.namedCall(ContactForms.uniqueName("Nia", "Jones"), known)));
        String stranger = ContactForms.uniqueMobile();
        send(PhoneEvents.id("call"), "MISSED", known, PhoneEvents.INFO_LINE, Instant.now().minusSeconds(300));
        send(PhoneEvents.id("call"), "ABANDONED", known, PhoneEvents.INFO_LINE, Instant.now().minusSeconds(200));
        send(PhoneEvents.id("call"), "VOICEMAIL", stranger, NURSE_LINE, Instant.now().minusSeconds(100));

        long knownCallback = adviser.call(() -> missed.bookCallback(known).getId());
        long strangerCallback = adviser.call(() -> missed.bookCallback(stranger).getId());

        FollowUp forKnown = adviser.call(() -> followUps.get(knownCallback));
        assertEquals(FollowUpKind.CALLBACK, forKnown.getKind());
        assertEquals(e164(known), forKnown.getNumberToRing());
        assertEquals(callerWith(e164(known)), forKnown.getCaller().getId(), "for the caller the adviser knows");
        assertEquals("adviser", forKnown.getOwner().getUsername());
        assertTrue(forKnown.getReason().contains("2 calls"), forKnown.getReason());
        FollowUp forStranger = adviser.call(() -> followUps.get(strangerCallback));
        assertNull(forStranger.getCaller(), "a number nobody knows: the number alone");
        assertTrue(forStranger.getReason().contains("voicemail"), forStranger.getReason());
        assertTrue(adviser.call(() -> AllRows.of(followUps::mine)).stream().anyMatch(f -> f.getId() == strangerCallback));

        List<MissedNumber> rows = adviser.call(() -> AllRows.of(missed::waiting));
        assertTrue(row(rows, e164(known)).isEmpty() && row(rows, e164(stranger)).isEmpty());
        assertEquals(2L, ((Number) db.nativeQuery("select count(*) from phone_call c join user_account u on u.id = "
                + "c.handled_by_id where c.caller_number = ?1 and c.follow_up_id = ?2 and u.username = 'adviser'",
                e164(known), knownCallback).get(0)).longValue());
        assertEquals("number", assertThrows(InvalidInputException.class,
                () -> adviser2.call(() -> missed.bookCallback(known))).getField(), "already dealt with");
    }

    @Test
    void anEventDatedOutsideTheWindowNeverReachesTheList() {
        String number = ContactForms.uniqueMobile();
        for (Instant at : List.of(Instant.parse("2000-01-01T09:00:00Z"), Instant.now().plus(java.time.Duration.ofDays(1)))) {
            String body = PhoneEvents.json(PhoneEvents.id("ev"), PhoneEvents.id("call"), "MISSED", number,
                    PhoneEvents.INFO_LINE, at, null);
            String timestamp = PhoneEvents.now();
            assertEquals("at", assertThrows(InvalidInputException.class, () -> telephony.receive(PhoneEvents.SYSTEM,
                    timestamp, PhoneEvents.sign(timestamp, body), body)).getField(), at.toString());
        }
        assertTrue(row(adviser.call(() -> AllRows.of(missed::waiting)), e164(number)).isEmpty());
        assertEquals(0L, ((Number) db.nativeQuery("select count(*) from phone_call where caller_number = ?1", e164(number))
                .get(0)).longValue());
    }

    @Test
    void aBatchIsMarkedDealtWithAndOnlyThoseNumbersLeaveTheList() {
        String first = ContactForms.uniqueMobile();
        String second = ContactForms.uniqueMobile();
        String left = ContactForms.uniqueMobile();
        for (String number : List.of(first, first, second, left)) {
            send(PhoneEvents.id("call"), "MISSED", number, PhoneEvents.INFO_LINE, Instant.now().minusSeconds(120));
        }

        assertEquals(3, adviser.call(() -> missed.markHandled(List.of(first, e164(second)))));

        List<MissedNumber> rows = adviser.call(() -> AllRows.of(missed::waiting));
        assertTrue(row(rows, e164(first)).isEmpty());
        assertTrue(row(rows, e164(second)).isEmpty());
        assertEquals(1, row(rows, e164(left)).orElseThrow().rings());
        assertEquals(0, adviser.call(() -> missed.markHandled(List.of(first))), "nothing left to mark");
        assertEquals("numbers", assertThrows(InvalidInputException.class,
                () -> adviser.call(() -> missed.markHandled(List.of()))).getField());
        assertEquals("number", assertThrows(InvalidInputException.class,
                () -> adviser.call(() -> missed.markHandled(List.of("not a number")))).getField());
    }

    @Test
    void managersSeeNoMissedCalls() {
        assertThrows(EJBAccessException.class, () -> manager.call(() -> AllRows.of(missed::waiting)));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> missed.bookCallback("07700 900123")));
    }
}
