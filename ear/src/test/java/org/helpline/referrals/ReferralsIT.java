package org.helpline.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.helpline.calls.ContactLog;
import org.helpline.resources.ServiceStatus;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Referring a caller to a service and following the referral through; the steps it books. */
@ExtendWith(ArquillianExtension.class)
class ReferralsIT {

    @Inject
    AsAdviser adviser;

    @Inject
    ContactLog log;

    @Inject
    Referrals referrals;

    @Inject
    Database db;

    @Inject
    org.helpline.callers.CallerLookup lookup;

    private long namedContact() {
        return adviser.call(() -> log.log(ContactForms.namedCall(ContactForms.uniqueName("Pat", "Quinn"),
                ContactForms.uniqueMobile())).getId());
    }

    private long refer(String service) {
        long contactId = namedContact();
        return adviser.call(() -> referrals.refer(contactId, service, true, true, "Fatigue at work").getId());
    }

    private long version(long id) {
        return adviser.call(() -> referrals.get(id).getVersion());
    }

    @Test
    void aFacetsReferralIsSentAndBooksItsSevenDayCheck() {
        long id = refer("facets");

        assertEquals(ReferralStatus.SENT, adviser.call(() -> referrals.get(id).getStatus()));
        LocalDate due = LocalDate.now(HelplineTime.CLOCK).plusDays(7);
        assertEquals(1, db.count("select count(f) from FollowUp f where f.referral.id = " + id
                + " and f.kind = org.helpline.followups.FollowUpKind.CHECK_REFERRAL and f.owner.username = 'adviser'"));
        Object dueFrom = db.nativeQuery("select due_from from follow_up where referral_id = ?1", id).get(0);
        assertEquals(due, LocalDate.ofInstant(toInstant(dueFrom), HelplineTime.ZONE));
    }

    @Test
    void aReferralUnderWayShowsWithTheCallerWhenTheyRingAgainWithoutACase() {
        String phone = ContactForms.uniqueMobile();
        long contactId = adviser.call(() -> log.log(ContactForms.namedCall(ContactForms.uniqueName("Rona", "Baird"),
                phone)).getId());
        long id = adviser.call(() -> referrals.refer(contactId, "facets", true, true, null).getId());

        java.util.List<org.helpline.callers.CallerMatch.OpenReferral> open = adviser.call(() -> lookup.find(phone))
                .get(0).openReferrals();
        assertEquals(1, open.size());
        assertEquals("FACETS fatigue-management course", open.get(0).service());
        assertEquals("Sent", open.get(0).status());

        adviser.run(() -> referrals.moveTo(id, version(id), ReferralStatus.WITHDRAWN, "Caller changed their mind"));
        assertEquals(0, adviser.call(() -> lookup.find(phone)).get(0).openReferrals().size(),
                "a finished referral is no longer under way");
    }

    @Test
    void onlyTheRightMovesAreAllowedAndCompletingNeedsTheOutcome() {
        long id = refer("facets");
        assertEquals("status", field(() -> referrals.moveTo(id, version(id), ReferralStatus.ENROLLED, null)));
        adviser.run(() -> referrals.moveTo(id, version(id), ReferralStatus.ACCEPTED, "Place offered"));
        adviser.run(() -> referrals.moveTo(id, version(id), ReferralStatus.ENROLLED, "Starts on Monday"));
        assertEquals("status", field(() -> referrals.moveTo(id, version(id), ReferralStatus.COMPLETED, null)));
        assertEquals("outcome", field(() -> referrals.complete(id, version(id), null, null)));

        adviser.run(() -> referrals.complete(id, version(id), ReferralOutcome.HELPED, "Pacing made a big difference"));

        assertEquals(1, db.count("select count(r) from Referral r where r.id = " + id
                + " and r.status = org.helpline.referrals.ReferralStatus.COMPLETED"
                + " and r.outcome = org.helpline.referrals.ReferralOutcome.HELPED"));
        assertEquals(1, db.count("select count(f) from FollowUp f where f.referral.id = " + id
                + " and f.kind = org.helpline.followups.FollowUpKind.CALLBACK and f.reason like 'Ask how the FACETS course went%'"),
                "completing books the 30-day call");
        assertEquals(5, db.count("select count(e) from ReferralEvent e where e.referral.id = " + id), "every step dated");
        assertEquals("status", field(() -> referrals.moveTo(id, version(id), ReferralStatus.WITHDRAWN, null)));
    }

    @Test
    void aReferralMadeOnTheContactFormIsSavedWithTheContactOrNotAtAll() {
        var form = ContactForms.namedCall(ContactForms.uniqueName("Sam", "Vimes"), ContactForms.uniqueMobile());
        form.getContact().setReferralNeeded(true);
        form.getReferral().setReferTo("facets");
        form.getReferral().setReferralConsent(false);
        assertEquals("referralConsent", field(() -> log.log(form)), "the form's own field, as the API names it");
        assertEquals(0, db.count("select count(c) from Contact c where c.idempotencyKey = '" + form.getIdempotencyKey() + "'"),
                "nothing half-saved");

        form.getReferral().setReferralConsent(true);
        long contactId = adviser.call(() -> log.log(form).getId());
        assertEquals(1, db.count("select count(r) from Referral r where r.contact.id = " + contactId
                + " and r.service.code = 'facets' and r.status = org.helpline.referrals.ReferralStatus.SENT"));
    }

    @Test
    void aReferralNeedsConsentAndACaller() {
        long named = namedContact();
        assertEquals("consent", field(() -> referrals.refer(named, "facets", false, true, null)));
        long anonymous = adviser.call(() -> log.log(ContactForms.anonymousCall()).getId());
        assertEquals("caller", field(() -> referrals.refer(anonymous, "facets", true, true, null)));
        assertEquals("service", field(() -> referrals.refer(named, "no-such-service", true, true, null)));
    }

    @Test
    void aRetiredServiceTakesNoNewReferralsAndOldOnesStayIntact() {
        long old = refer("befriending");
        db.update("update SupportService s set s.status = ?1 where s.code = 'befriending'", ServiceStatus.INACTIVE);
        try {
            long contactId = namedContact();
            assertEquals("service", field(() -> referrals.refer(contactId, "befriending", true, true, null)));
            assertEquals("Telephone befriending", adviser.call(() -> referrals.get(old).getService().getName()));
        } finally {
            db.update("update SupportService s set s.status = ?1 where s.code = 'befriending'", ServiceStatus.ACTIVE);
        }
    }

    private String field(org.helpline.testing.SignedIn.Work<?> work) {
        return assertThrows(InvalidInputException.class, () -> adviser.call(work)).getField();
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
