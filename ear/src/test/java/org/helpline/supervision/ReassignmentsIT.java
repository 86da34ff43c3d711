package org.helpline.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.cases.Case;
import org.helpline.cases.CaseEvent;
import org.helpline.cases.Cases;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUps;
import org.helpline.notices.Notices;
import org.helpline.security.Role;
import org.helpline.security.UserAccount;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RecordKind;
import org.helpline.shared.RecordLink;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Supervisors hand cases and follow-ups on, one at a time or in bulk; history keeps who had them. */
@ExtendWith(ArquillianExtension.class)
class ReassignmentsIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    ContactLog log;

    @Inject
    Cases cases;

    @Inject
    FollowUps followUps;

    @Inject
    Reassignments reassignments;

    @Inject
    Notices notices;

    @Inject
    Database db;

    /** A case of Asha's (the demo adviser), opened from a call with a follow-up booked. */
    private Case newCase() {
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Kirsty", "Moffat"), ContactForms.uniqueMobile());
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Reassignment " + ContactForms.unique());
        form.getContact().setFollowUpNeeded(true);
        form.getFollowUp().setDueFrom(java.time.LocalDateTime.now(org.helpline.shared.HelplineTime.CLOCK).plusDays(2));
        form.getFollowUp().setReason("Ring back about the appeal");
        return adviser.call(() -> log.log(form).getSupportCase());
    }

    private long version(long caseId) {
        return supervisor.call(() -> cases.get(caseId).getVersion());
    }

    @Test
    void aCaseGoesToAnotherAdviserWhoIsToldAndTheTimelineKeepsWhoHadIt() {
        Case opened = newCase();
        long unread = db.count("select count(n) from Notice n where n.recipient.username = 'adviser2' and n.readAt is null");

        supervisor.call(() -> reassignments.reassignCase(opened.getId(), version(opened.getId()), "adviser2", "Asha on leave"));

        Case moved = supervisor.call(() -> cases.get(opened.getId()));
        assertEquals("adviser2", moved.getOwner().getUsername());
        CaseEvent last = moved.getTimeline().get(0);
        assertEquals(CaseEvent.Kind.REASSIGNED, last.getKind());
        assertEquals("adviser", last.getFromOwner().getUsername());
        assertEquals("adviser2", last.getToOwner().getUsername());
        assertEquals("Asha on leave", last.getText());
        assertEquals(unread + 1, db.count("select count(n) from Notice n where n.recipient.username = 'adviser2' "
                + "and n.readAt is null"));
        assertEquals(RecordLink.toCase(opened.getId()), db.noticesOpen("adviser2").get(0), "the notice opens the case");
    }

    @Test
    void aCaseSentToTheTeamQueueIsClaimedByAnAdviser() {
        Case opened = newCase();
        supervisor.call(() -> reassignments.reassignCase(opened.getId(), version(opened.getId()), null, "Needs a Welsh speaker"));
        assertTrue(adviser.call(() -> AllRows.of(cases::teamQueue)).stream().anyMatch(k -> k.getId().equals(opened.getId())));
        assertNull(supervisor.call(() -> cases.get(opened.getId()).getOwner()));

        adviser.call(() -> cases.claim(opened.getId(), version(opened.getId())));
        assertEquals("adviser", supervisor.call(() -> cases.get(opened.getId()).getOwner().getUsername()));
        assertTrue(adviser.call(() -> AllRows.of(cases::teamQueue)).stream().noneMatch(k -> k.getId().equals(opened.getId())));
    }

    @Test
    void everythingAnAdviserHoldsMovesAtOnce() {
        UserAccount offSick = db.persist(new UserAccount("sick" + ContactForms.unique().toLowerCase(), "Off Sick",
                null, "not-a-hash", Set.of(Role.ADVISER), Instant.now()));
        Case first = newCase();
        Case second = newCase();
        supervisor.call(() -> reassignments.reassignCase(first.getId(), version(first.getId()), offSick.getUsername(), "set-up"));
        supervisor.call(() -> reassignments.reassignCase(second.getId(), version(second.getId()), offSick.getUsername(), "set-up"));
        FollowUp promised = supervisor.call(() -> followUps.get(firstFollowUpOf(first.getId())));
        supervisor.call(() -> reassignments.reassignFollowUp(promised.getId(), promised.getVersion(), offSick.getUsername(), "set-up"));

        assertEquals("reason", field(() -> reassignments.reassignAll(offSick.getUsername(), "adviser2", " ")));
        assertEquals("to", field(() -> reassignments.reassignAll(offSick.getUsername(), offSick.getUsername(), "Off sick")));
        assertEquals(2, db.count("select count(k) from HelplineCase k where k.owner.username = '" + offSick.getUsername() + "'"),
                "a refused handover moves nothing");

        Handover moved = supervisor.call(() -> reassignments.reassignAll(offSick.getUsername(), "adviser2", "Off sick this week"));

        assertEquals(new Handover(2, 1), moved);
        assertEquals(0, db.count("select count(k) from HelplineCase k where k.owner.username = '" + offSick.getUsername() + "'"));
        assertEquals(0, db.count("select count(f) from FollowUp f where f.owner.username = '" + offSick.getUsername() + "'"));
        assertEquals("adviser2", supervisor.call(() -> cases.get(first.getId()).getOwner().getUsername()));
        assertEquals(2, db.count("select count(e) from CaseEvent e where e.kind = org.helpline.cases.CaseEvent.Kind.REASSIGNED "
                + "and e.fromOwner.username = '" + offSick.getUsername() + "' and e.text = 'Off sick this week'"));
        assertEquals(List.of(RecordLink.toFollowUp(promised.getId()), RecordLink.toCase(second.getId()),
                RecordLink.toCase(first.getId())), db.noticesOpen(offSick.getUsername()), "each of the set-up's notices opens what was passed on");
        assertEquals(RecordLink.to(RecordKind.MY_WORK), db.noticesOpen("adviser2").get(0), "the handover's notice opens their own work");
    }

    @Test
    void advisersCannotReassign() {
        Case opened = newCase();
        assertThrows(EJBAccessException.class,
                () -> adviser.call(() -> reassignments.reassignCase(opened.getId(), 0, "adviser2", "Mine now")));
        assertThrows(EJBAccessException.class, () -> adviser.call(() -> reassignments.reassignAll("adviser", null, "x")));
        List<Long> unchanged = List.of(opened.getId());
        assertEquals(1, db.count("select count(k) from HelplineCase k where k.owner.username = 'adviser' and k.id = "
                + unchanged.get(0)));
    }

    private long firstFollowUpOf(long caseId) {
        return ((Number) db.nativeQuery("select id from follow_up where case_id = ?1 order by id", caseId).get(0)).longValue();
    }

    private String field(org.helpline.testing.SignedIn.Work<?> work) {
        return assertThrows(InvalidInputException.class, () -> supervisor.call(work)).getField();
    }
}
