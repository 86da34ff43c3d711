package org.helpline.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.shared.Rows;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.cases.CaseStatus;
import org.helpline.cases.Cases;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsManager;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail keeps every change with who and when, field by field; views of cases and callers and
 * refusals are logged; only admins read either; and on PostgreSQL neither can be altered.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsAdmin admin;

    @Inject
    AsManager manager;

    @Inject
    ContactLog log;

    @Inject
    Cases cases;

    @Inject
    AuditTrail trail;

    @Inject
    AccessLog access;

    @Inject
    Database db;

    /** A named call that opens a case: {contactId, caseId, callerId}. */
    private long[] callThatOpensACase(String name) {
        ContactForm form = ContactForms.namedCall(name, ContactForms.uniqueMobile());
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("PIP reassessment");
        return adviser.call(() -> {
            var contact = log.log(form);
            return new long[] {contact.getId(), contact.getSupportCase().getId(), contact.getCaller().getId()};
        });
    }

    @Test
    void everyChangeIsKeptWithWhoMadeItWhenAndEachFieldBeforeAndAfter() {
        String name = ContactForms.uniqueName("Ffion", "Hughes");
        long[] ids = callThatOpensACase(name);
        long version = adviser.call(() -> cases.get(ids[1]).getVersion());
        adviser.run(() -> cases.moveTo(ids[1], version, CaseStatus.AWAITING_CALLER));

        RecordHistory caseHistory = admin.call(() -> trail.history(AuditedRecord.CASE, ids[1]));
        List<RecordHistory.Revision> revisions = caseHistory.revisions();
        assertEquals(2, revisions.size(), revisions.toString());
        assertEquals("Added", revisions.get(0).kind());
        assertEquals("adviser", revisions.get(0).username());
        assertTrue(revisions.get(0).changes().contains(new RecordHistory.FieldChange("status", "", "OPEN")),
                revisions.get(0).changes().toString());
        assertTrue(revisions.get(0).changes().contains(new RecordHistory.FieldChange("title", "", "PIP reassessment")));
        assertEquals("Changed", revisions.get(1).kind());
        assertEquals("adviser", revisions.get(1).username());
        assertTrue(revisions.get(1).changes().contains(new RecordHistory.FieldChange("status", "OPEN", "AWAITING_CALLER")),
                revisions.get(1).changes().toString());
        assertTrue(revisions.get(1).at().compareTo(revisions.get(0).at()) >= 0);

        RecordHistory callerHistory = admin.call(() -> trail.history(AuditedRecord.CALLER, ids[2]));
        assertTrue(callerHistory.revisions().get(0).changes().contains(new RecordHistory.FieldChange("fullName", "", name)),
                callerHistory.revisions().get(0).changes().toString());
        RecordHistory contactHistory = admin.call(() -> trail.history(AuditedRecord.CONTACT, ids[0]));
        assertTrue(contactHistory.revisions().get(0).changes().stream()
                .anyMatch(c -> c.field().equals("topics") && !c.after().isEmpty()), contactHistory.toString());
    }

    @Test
    void aRecordWithNoHistoryIsNotFoundAndBadNumbersAreRefusedAtTheField() {
        assertThrows(NotFoundException.class, () -> admin.call(() -> trail.history(AuditedRecord.REFERRAL, 987_654_321L)));
        assertEquals("id", assertThrows(InvalidInputException.class,
                () -> admin.call(() -> trail.history(AuditedRecord.CASE, -1L))).getField());
    }

    @Test
    void openingACaseIsLoggedAgainstItsCallerAndAskingForAMissingOneIsLoggedAsARefusal() {
        long[] ids = callThatOpensACase(ContactForms.uniqueName("Ianto", "Price"));
        adviser.run(() -> cases.get(ids[1]));
        long missing = 900_000_000L + ids[1];
        assertThrows(NotFoundException.class, () -> adviser.call(() -> cases.get(missing)));

        List<AccessEntry> seen = admin.call(() -> access.forCaller(ids[2], Rows.firstOf(100)));
        assertTrue(seen.stream().anyMatch(e -> e.getAction() == AccessEntry.Action.VIEWED && "adviser".equals(e.getUsername())
                && "case".equals(e.getRecordType()) && e.getRecordId() == ids[1]), seen.toString());
        List<AccessEntry> refused = admin.call(() -> AllRows.of(access::refusals));
        assertTrue(refused.stream().anyMatch(e -> "adviser".equals(e.getUsername()) && Long.valueOf(missing).equals(e.getRecordId())),
                "the refusal outlived the rolled-back call");
    }

    @Test
    void onlyAdminsReadTheTrailAndTheAccessLog() {
        for (var who : List.of(adviser, manager)) {
            assertThrows(EJBAccessException.class, () -> who.call(() -> trail.history(AuditedRecord.CASE, 1L)));
            assertThrows(EJBAccessException.class, () -> who.call(() -> access.forCaller(1L, Rows.firstOf(100))));
            assertThrows(EJBAccessException.class, () -> who.call(() -> AllRows.of(access::refusals)));
        }
    }

    @Test
    void onPostgresqlTheTrailAndTheLogCannotBeAlteredEvenBySql() throws Exception {
        if (!db.databaseProduct().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return; // the trigger is PostgreSQL's (db/vendor/postgresql); CI runs this on PostgreSQL
        }
        long[] ids = callThatOpensACase(ContactForms.uniqueName("Osian", "Lloyd"));
        adviser.run(() -> cases.get(ids[1]));
        for (String sql : List.of("update helpline_case_aud set title = 'rewritten' where id = " + ids[1],
                "delete from caller_aud where id = " + ids[2], "update audit_revision set username = 'someone'",
                "delete from access_log where caller_id = " + ids[2], "truncate contact_aud")) {
            EJBException refused = assertThrows(EJBException.class, () -> db.nativeUpdate(sql), sql);
            assertTrue(String.valueOf(rootCause(refused).getMessage()).contains("append-only"), sql + ": " + rootCause(refused));
        }
        assertEquals(1, db.count("select count(e) from AccessEntry e where e.callerId = " + ids[2]));
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
