package org.helpline.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.calls.Contact;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.followups.AttemptOutcome;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUpForm;
import org.helpline.followups.FollowUps;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.RecordLink;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The cracks list, with the clock passed in: callers with open work and no contact or attempt for 14 days. */
@ExtendWith(ArquillianExtension.class)
class CracksIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    ContactLog log;

    @Inject
    FollowUps followUps;

    @Inject
    Cracks cracks;

    @Inject
    Database db;

    /** A caller whose only contact (opening a case) was today; answers the contact. */
    private Contact callerWithACase() {
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Ailsa", "Munro"), ContactForms.uniqueMobile());
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Quiet " + ContactForms.unique());
        return adviser.call(() -> log.log(form));
    }

    private long callerOf(Contact contact) {
        return ((Number) db.nativeQuery("select caller_id from contact where id = ?1", contact.getId()).get(0)).longValue();
    }

    private boolean quietAt(long callerId, Instant when) {
        return supervisor.call(() -> AllRows.of(rows -> cracks.quietCallers(when, rows))).stream().anyMatch(q -> q.callerId() == callerId);
    }

    @Test
    void aCallerWithAnOpenCaseFallsQuietAfterFourteenDays() {
        assertEquals(14, supervisor.call(() -> cracks.quietDays()), "the default");
        long caller = callerOf(callerWithACase());
        Instant now = Instant.now();
        assertFalse(quietAt(caller, now.plus(Duration.ofDays(13))));
        assertTrue(quietAt(caller, now.plus(Duration.ofDays(14)).plusSeconds(60)));
    }

    @Test
    void aCallAttemptCountsAsBeingInTouch() {
        Contact contact = callerWithACase();
        long caller = callerOf(contact);
        db.update("update Contact c set c.startedAt = ?1 where c.id = ?2", Instant.now().minus(Duration.ofDays(20)),
                contact.getId());
        assertTrue(quietAt(caller, Instant.now()));

        FollowUpForm form = new FollowUpForm();
        form.setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusHours(1));
        form.setReason("Ring back");
        long caseId = contact.getSupportCase().getId();
        FollowUp booked = adviser.call(() -> followUps.bookForCase(caseId, form));
        assertFalse(quietAt(caller, Instant.now()), "an open follow-up means someone will ring");
        adviser.call(() -> followUps.attempt(booked.getId(), booked.getVersion(), AttemptOutcome.REACHED, "All fine"));
        assertFalse(quietAt(caller, Instant.now()), "the attempt today counts");
        assertTrue(quietAt(caller, Instant.now().plus(Duration.ofDays(15))));
    }

    @Test
    void bookingACheckInTakesTheCallerOffTheList() {
        Contact contact = callerWithACase();
        long caller = callerOf(contact);
        db.update("update Contact c set c.startedAt = ?1 where c.id = ?2", Instant.now().minus(Duration.ofDays(30)),
                contact.getId());
        QuietCaller quiet = supervisor.call(() -> AllRows.of(rows -> cracks.quietCallers(Instant.now(), rows))).stream()
                .filter(q -> q.callerId() == caller).findFirst().orElseThrow();
        assertEquals("Asha Patel", quiet.caseOwner());

        FollowUp checkIn = supervisor.call(() -> cracks.bookCheckIn(caller, "adviser2"));
        assertEquals("adviser2", db.nativeQuery("select u.username from follow_up f join user_account u on u.id = f.owner_id "
                + "where f.id = ?1", checkIn.getId()).get(0));
        assertFalse(quietAt(caller, Instant.now()));
        assertEquals(RecordLink.toFollowUp(checkIn.getId()), db.noticesOpen("adviser2").get(0), "the notice opens the check-in");
    }

    @Test
    void advisersCannotSeeTheCracksList() {
        assertThrows(EJBAccessException.class, () -> adviser.call(() -> AllRows.of(rows -> cracks.quietCallers(Instant.now(), rows))));
    }
}
