package org.helpline.followups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Booking follow-ups, the team queue, attempts, and escalation checked with a test clock. */
@ExtendWith(ArquillianExtension.class)
class FollowUpsIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    ContactLog log;

    @Inject
    FollowUps followUps;

    @Inject
    Database db;

    /** Logs a named call promising a callback tomorrow; answers the follow-up's id. */
    private long callWithCallback(boolean toTeamQueue, String mobile) {
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Mo", "Farah"), mobile);
        form.getContact().setFollowUpNeeded(true);
        FollowUpForm followUp = form.getFollowUp();
        followUp.setKind(FollowUpKind.CALLBACK);
        followUp.setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(1));
        followUp.setReason("Ring back once the PIP letter arrives");
        followUp.setToTeamQueue(toTeamQueue);
        long contactId = adviser.call(() -> log.log(form).getId());
        return ((Number) db.nativeQuery("select id from follow_up where contact_id = ?1", contactId).get(0)).longValue();
    }

    private long version(long id) {
        return adviser.call(() -> followUps.get(id).getVersion());
    }

    @Test
    void aCallbackBookedOnAContactRingsTheCallersNumber() {
        String mobile = ContactForms.uniqueMobile();
        long id = callWithCallback(false, mobile);

        assertEquals(1, db.count("select count(f) from FollowUp f where f.id = " + id + " and f.numberToRing = '+44"
                + mobile.replace(" ", "").substring(1) + "' and f.owner.username = 'adviser' and f.caller is not null"));
        assertTrue(adviser.call(() -> AllRows.of(followUps::mine).stream().anyMatch(f -> f.getId() == id)));
    }

    @Test
    void aFollowUpCannotBeDueInThePastAndTheContactIsNotHalfSaved() {
        ContactForm form = ContactForms.anonymousCall();
        form.getContact().setFollowUpNeeded(true);
        form.getFollowUp().setKind(FollowUpKind.SEND_INFORMATION);
        form.getFollowUp().setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).minusDays(1));
        form.getFollowUp().setReason("Send the fatigue booklet");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> adviser.call(() -> log.log(form)));

        assertEquals("followUp.dueFrom", e.getField(), "the form's field, as the API names it");
        assertEquals("A follow-up cannot be due in the past", e.getMessage());
        assertEquals(0, db.count("select count(c) from Contact c where c.idempotencyKey = '" + form.getIdempotencyKey() + "'"));
    }

    @Test
    void theTeamQueueIsClaimedOnceAndReassigningKeepsHistory() {
        long id = callWithCallback(true, ContactForms.uniqueMobile());
        assertTrue(adviser.call(() -> AllRows.of(followUps::teamQueue).stream().anyMatch(f -> f.getId() == id)));
        assertTrue(adviser.call(() -> AllRows.of(followUps::mine).stream().noneMatch(f -> f.getId() == id)));

        long v = version(id);
        supervisor.run(() -> followUps.claim(id, v));
        assertTrue(supervisor.call(() -> AllRows.of(followUps::mine).stream().anyMatch(f -> f.getId() == id)));
        long v2 = version(id);
        assertEquals("owner", assertThrows(InvalidInputException.class,
                () -> adviser.call(() -> followUps.claim(id, v2))).getField());

        supervisor.run(() -> followUps.reassign(id, v2, "adviser", "Asha knows the caller"));
        List<FollowUpEvent.Kind> history = adviser.call(() -> followUps.get(id).getHistory().stream()
                .map(FollowUpEvent::getKind).toList());
        assertEquals(List.of(FollowUpEvent.Kind.REASSIGNED, FollowUpEvent.Kind.CLAIMED, FollowUpEvent.Kind.BOOKED), history);
        assertEquals(1, db.count("select count(e) from FollowUpEvent e where e.followUp.id = " + id
                + " and e.kind = org.helpline.followups.FollowUpEvent.Kind.REASSIGNED and e.fromOwner.username = 'supervisor' "
                + "and e.toOwner.username = 'adviser'"));
    }

    @Test
    void threeFailedAttemptsEscalateOnceAndReachingTheCallerCompletesOnce() {
        long failing = callWithCallback(false, ContactForms.uniqueMobile());
        for (AttemptOutcome outcome : List.of(AttemptOutcome.NO_ANSWER, AttemptOutcome.VOICEMAIL, AttemptOutcome.NO_ANSWER)) {
            long v = version(failing);
            adviser.run(() -> followUps.attempt(failing, v, outcome, null));
        }
        supervisor.call(() -> followUps.escalateDue(Instant.now()));
        assertEquals(1, db.count("select count(f) from FollowUp f where f.id = " + failing
                + " and f.escalatedAt is not null and f.escalationReason = '3 attempts without reaching the caller'"));
        supervisor.call(() -> followUps.escalateDue(Instant.now().plusSeconds(60)));
        assertEquals(1, db.count("select count(e) from FollowUpEvent e where e.followUp.id = " + failing
                + " and e.kind = org.helpline.followups.FollowUpEvent.Kind.ESCALATED"), "never escalated twice");
        assertTrue(supervisor.call(() -> AllRows.of(followUps::escalated).stream().anyMatch(f -> f.getId() == failing)));

        long reached = callWithCallback(false, ContactForms.uniqueMobile());
        long v = version(reached);
        FollowUp.Status status = adviser.call(() -> followUps.attempt(reached, v, AttemptOutcome.REACHED, "All sorted").getStatus());
        assertEquals(FollowUp.Status.COMPLETED, status);
        long v2 = version(reached);
        assertEquals("status", assertThrows(InvalidInputException.class,
                () -> adviser.call(() -> followUps.attempt(reached, v2, AttemptOutcome.REACHED, null))).getField());
    }

    @Test
    void anOverdueFollowUpEscalatesByTheClockNotBefore() {
        long id = callWithCallback(false, ContactForms.uniqueMobile());
        supervisor.call(() -> followUps.escalateDue(Instant.now()));
        assertEquals(0, db.count("select count(f) from FollowUp f where f.id = " + id + " and f.escalatedAt is not null"));

        supervisor.call(() -> followUps.escalateDue(Instant.now().plus(Duration.ofDays(2))));

        assertEquals(1, db.count("select count(f) from FollowUp f where f.id = " + id
                + " and f.escalatedAt is not null and f.escalationReason like 'Overdue since %'"));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> adviser.call(() -> followUps.escalateDue(Instant.now())));
    }
}
