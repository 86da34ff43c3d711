package org.helpline.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.shared.Rows;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opening a case from a contact, adding contacts to it, closing, reopening, and two advisers at once. */
@ExtendWith(ArquillianExtension.class)
class CasesIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    ContactLog log;

    @Inject
    Cases cases;

    @Inject
    Database db;

    /** Logs a named call that opens a case; answers {caseId, callerId}. */
    private long[] openCase(String mobile) {
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Hal", "Ives"), mobile);
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Benefits appeal");
        return adviser.call(() -> {
            var contact = log.log(form);
            return new long[] {contact.getSupportCase().getId(), contact.getCaller().getId()};
        });
    }

    private ContactForm nextCall(long callerId, long caseId) {
        ContactForm form = ContactForms.anonymousCall();
        form.getCaller().setCallerId(callerId);
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.ATTACH);
        form.getFiling().setCaseId(caseId);
        return form;
    }

    @Test
    void aContactOpensACaseWithANumberAndATimeline() {
        long caseId = openCase(ContactForms.uniqueMobile())[0];

        Object[] seen = adviser.call(() -> {
            Case c = cases.get(caseId);
            return new Object[] {c.getNumber(), c.getStatus(), c.getOwner().getUsername(),
                    c.getTimeline().stream().map(CaseEvent::getKind).toList()};
        });
        assertTrue(((String) seen[0]).matches("HL-20\\d\\d-\\d{6}"), (String) seen[0]);
        assertEquals(CaseStatus.OPEN, seen[1]);
        assertEquals("adviser", seen[2]);
        assertEquals(List.of(CaseEvent.Kind.CONTACT, CaseEvent.Kind.OPENED), seen[3]);
        assertTrue(adviser.call(() -> AllRows.of(cases::mine).stream().anyMatch(c -> c.getId() == caseId)));
    }

    @Test
    void myCasesArePagedInTheDatabaseNewestChangeFirst() {
        long[] opened = {openCase(ContactForms.uniqueMobile())[0], openCase(ContactForms.uniqueMobile())[0],
                openCase(ContactForms.uniqueMobile())[0]};

        List<Long> first = adviser.call(() -> cases.mine(new Rows(0, 2)).stream().map(Case::getId).toList());
        List<Long> second = adviser.call(() -> cases.mine(new Rows(2, 2)).stream().map(Case::getId).toList());
        long count = adviser.call(() -> cases.countMine());

        assertEquals(List.of(opened[2], opened[1]), first, "the two changed last");
        assertEquals(opened[0], second.get(0), "then the one before");
        assertEquals(count, adviser.call(() -> AllRows.of(cases::mine)).size(), "every page together holds the count");
        assertEquals(count, db.count("select count(k) from HelplineCase k where k.owner.username = 'adviser' "
                + "and k.status <> org.helpline.cases.CaseStatus.CLOSED"));
        assertThrows(InvalidInputException.class, () -> new Rows(0, Rows.MOST + 1));
        assertThrows(InvalidInputException.class, () -> new Rows(-1, 10));
    }

    @Test
    void aLaterContactJoinsTheCaseAndWakesItIfItWasWaiting() {
        long[] ids = openCase(ContactForms.uniqueMobile());
        long version = adviser.call(() -> cases.get(ids[0]).getVersion());
        adviser.run(() -> cases.moveTo(ids[0], version, CaseStatus.AWAITING_CALLER));

        adviser.run(() -> log.log(nextCall(ids[1], ids[0])));

        CaseStatus status = adviser.call(() -> cases.get(ids[0]).getStatus());
        assertEquals(CaseStatus.IN_PROGRESS, status);
        assertEquals(2, db.count("select count(c) from Contact c where c.supportCase.id = " + ids[0]));
    }

    @Test
    void closingNeedsAnOutcomeAClosedCaseTakesNoContactsAndReopeningNeedsAReason() {
        long[] ids = openCase(ContactForms.uniqueMobile());
        long v0 = adviser.call(() -> cases.get(ids[0]).getVersion());
        assertEquals("outcome", assertThrows(InvalidInputException.class,
                () -> adviser.call(() -> cases.close(ids[0], v0, null, null))).getField());

        long v1 = adviser.call(() -> cases.close(ids[0], v0, "information-given", "Appeal lodged").getVersion());

        ContactForm late = nextCall(ids[1], ids[0]);
        assertEquals("case", assertThrows(InvalidInputException.class, () -> adviser.call(() -> log.log(late))).getField());
        assertEquals(0, db.count("select count(c) from Contact c where c.idempotencyKey = '" + late.getIdempotencyKey() + "'"),
                "nothing half-saved");
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> adviser.call(() -> cases.reopen(ids[0], v1, " "))).getField());

        CaseStatus reopened = adviser.call(() -> cases.reopen(ids[0], v1, "Tribunal date came through").getStatus());
        assertEquals(CaseStatus.IN_PROGRESS, reopened);
    }

    @Test
    void aSecondAdviserWithAStaleCopyIsToldWhoChangedItAndNothingIsLost() {
        long caseId = openCase(ContactForms.uniqueMobile())[0];
        long seen = adviser.call(() -> cases.get(caseId).getVersion());
        supervisor.run(() -> cases.addNote(caseId, seen, "Spoke to the DWP on the caller's behalf"));

        ConcurrentEditException e = assertThrows(ConcurrentEditException.class,
                () -> adviser.call(() -> cases.addNote(caseId, seen, "My note from the old copy")));

        assertTrue(e.getMessage().contains("Morag Campbell"), e.getMessage());
        List<String> notes = adviser.call(() -> cases.get(caseId).getTimeline().stream()
                .filter(ev -> ev.getKind() == CaseEvent.Kind.NOTE).map(CaseEvent::getText).toList());
        assertEquals(List.of("Spoke to the DWP on the caller's behalf"), notes);
    }
}
