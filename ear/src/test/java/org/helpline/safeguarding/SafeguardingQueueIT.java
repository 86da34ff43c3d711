package org.helpline.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.notices.Notice;
import org.helpline.notices.Notices;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RecordLink;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Flagged contacts reach the supervisors' queue at once and stay there until signed off with the action taken. */
@ExtendWith(ArquillianExtension.class)
class SafeguardingQueueIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    AsAdmin admin;

    @Inject
    ContactLog log;

    @Inject
    SafeguardingQueue queue;

    @Inject
    Notices notices;

    @Inject
    org.helpline.testing.Database db;

    /** Logs a call flagged with {@code kind}; answers the id of its alert, or null when none was raised. */
    private Long flagged(RiskKind kind) {
        return flagged(kind, ContactForms.anonymousCall());
    }

    private Long flagged(RiskKind kind, ContactForm form) {
        form.getContact().setSummary("Flag test " + ContactForms.unique());
        form.getRisk().setRisks(EnumSet.of(kind));
        long contactId = adviser.call(() -> log.log(form).getId());
        return supervisor.call(() -> AllRows.of(queue::open)).stream()
                .filter(a -> a.getRiskFlag().getContact().getId() == contactId).map(SafeguardingAlert::getId)
                .findFirst().orElse(null);
    }

    @Test
    void safeguardingFlagsLandInTheQueueNewestFirstAndAScamVictimFlagDoesNot() {
        Long adult = flagged(RiskKind.SAFEGUARDING_ADULT);
        Long lifeAtRisk = flagged(RiskKind.RISK_TO_LIFE);
        assertTrue(adult != null && lifeAtRisk != null);
        assertEquals(lifeAtRisk, supervisor.call(() -> AllRows.of(queue::open)).get(0).getId(), "newest first");
        assertEquals(null, flagged(RiskKind.SCAM_VICTIM));
    }

    @Test
    void theAdviserIsToldASupervisorWasAlertedAndThenThatItWasSignedOff() {
        long before = adviser.call(() -> notices.unreadCount());
        long id = flagged(RiskKind.RISK_TO_LIFE);
        assertEquals(before + 1, adviser.call(() -> notices.unreadCount()));
        assertTrue(adviser.call(() -> AllRows.of(notices::mine)).get(0).getText().startsWith("Supervisors have been alerted"));

        long version = supervisor.call(() -> queue.get(id).getVersion());
        supervisor.call(() -> queue.signOff(id, version, SafeguardingAction.CRISIS_LINE_SIGNPOSTED, "Gave Samaritans"));

        Notice latest = adviser.call(() -> AllRows.of(notices::mine)).get(0);
        assertTrue(latest.getText().startsWith("Morag Campbell signed off"), latest.getText());
        assertTrue(latest.getText().endsWith("Crisis line signposted: Gave Samaritans"), latest.getText());
        assertNull(latest.getLink(), "an anonymous call has no case to open");
        assertFalse(supervisor.call(() -> AllRows.of(queue::open)).stream().anyMatch(a -> a.getId() == id));
        assertEquals(id, supervisor.call(() -> AllRows.of(queue::signedOff)).get(0).getId());
    }

    @Test
    void theNoticesOpenTheCaseOfAContactThatHasOne() {
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Rona", "Baird"), ContactForms.uniqueMobile());
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Alerted " + ContactForms.unique());
        long id = flagged(RiskKind.SELF_HARM, form);
        RecordLink toCase = RecordLink.toCase(supervisor.call(() -> queue.get(id).getRiskFlag().getContact().getSupportCase().getId()));
        assertEquals(toCase, adviser.call(() -> AllRows.of(notices::mine)).get(0).getLink(), "the adviser's notice of the alert");

        long version = supervisor.call(() -> queue.get(id).getVersion());
        supervisor.call(() -> queue.signOff(id, version, SafeguardingAction.CALLBACK_ARRANGED, null));
        assertEquals(toCase, adviser.call(() -> AllRows.of(notices::mine)).get(0).getLink(), "the adviser's notice of the sign-off");
    }

    @Test
    void signingOffNeedsAnActionAndAReasonForNoFurtherAction() {
        long id = flagged(RiskKind.SELF_HARM);
        long version = supervisor.call(() -> queue.get(id).getVersion());
        assertEquals("action", field(() -> queue.signOff(id, version, null, null)));
        assertEquals("actionNote", field(() -> queue.signOff(id, version, SafeguardingAction.NO_FURTHER_ACTION, " ")));
        assertEquals(SafeguardingAlert.Status.OPEN, supervisor.call(() -> queue.get(id).getStatus()), "nothing half-saved");

        supervisor.call(() -> queue.signOff(id, version, SafeguardingAction.NO_FURTHER_ACTION,
                "Caller's GP already involved; caller safe tonight."));
        assertEquals(SafeguardingAlert.Status.SIGNED_OFF, supervisor.call(() -> queue.get(id).getStatus()));
    }

    @Test
    void twoSupervisorsSigningOffTheSameAlert() {
        long id = flagged(RiskKind.DOMESTIC_ABUSE);
        long version = supervisor.call(() -> queue.get(id).getVersion());
        supervisor.call(() -> queue.signOff(id, version, SafeguardingAction.SAFEGUARDING_REFERRAL_MADE, null));

        assertThrows(ConcurrentEditException.class,
                () -> admin.call(() -> queue.signOff(id, version, SafeguardingAction.NO_FURTHER_ACTION, "Nothing")));
        long current = supervisor.call(() -> queue.get(id).getVersion());
        assertTrue(field(() -> queue.signOff(id, current, SafeguardingAction.CALLBACK_ARRANGED, null))
                .equals("action"), "signed off once only");
        assertEquals(SafeguardingAction.SAFEGUARDING_REFERRAL_MADE,
                supervisor.call(() -> queue.get(id).getActionTaken()), "the first sign-off stands");
    }

    @Test
    void anAlertWaitingLongerThanTheSetTimeIsMarkedOverdue() {
        long id = flagged(RiskKind.SAFEGUARDING_CHILD);
        java.time.Duration within = supervisor.call(() -> queue.signOffWithin());
        assertEquals(java.time.Duration.ofHours(1), within, "the default");
        assertFalse(supervisor.call(() -> queue.get(id)).isOverdue(java.time.Instant.now(), within));

        db.update("update SafeguardingAlert a set a.raisedAt = ?1 where a.id = ?2",
                java.time.Instant.now().minus(within).minusSeconds(60), id);
        assertTrue(supervisor.call(() -> queue.get(id)).isOverdue(java.time.Instant.now(), within));
    }

    @Test
    void onlySupervisorsAndAdminsWorkTheQueue() {
        assertThrows(EJBAccessException.class, () -> adviser.call(() -> AllRows.of(queue::open)));
        long id = flagged(RiskKind.RISK_TO_LIFE);
        assertThrows(EJBAccessException.class,
                () -> adviser.call(() -> queue.signOff(id, 0, SafeguardingAction.CALLBACK_ARRANGED, null)));
        List<SafeguardingAlert> seenByAdmin = admin.call(() -> AllRows.of(queue::open));
        assertTrue(seenByAdmin.stream().anyMatch(a -> a.getId() == id));
    }

    private String field(org.helpline.testing.SignedIn.Work<?> work) {
        return assertThrows(InvalidInputException.class, () -> supervisor.call(work)).getField();
    }
}
