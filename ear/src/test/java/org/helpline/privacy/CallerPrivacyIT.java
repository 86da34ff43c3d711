package org.helpline.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.calls.ContactSearch;
import org.helpline.calls.SearchCriteria;
import org.helpline.cases.CaseStatus;
import org.helpline.cases.Cases;
import org.helpline.followups.FollowUpKind;
import org.helpline.referrals.Referrals;
import org.helpline.reporting.MonthlyFigures;
import org.helpline.reporting.MonthlyReport;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsManager;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subject access gives a caller everything held about them, as JSON and as a PDF; erasure then removes their
 * name, phone and every note from every table and the audit history (searched column by column afterwards:
 * zero hits), while the monthly report's figures stay exactly as they were.
 */
@ExtendWith(ArquillianExtension.class)
class CallerPrivacyIT {

    @Inject AsAdviser adviser;
    @Inject AsSupervisor supervisor;
    @Inject AsAdmin admin;
    @Inject AsManager manager;
    @Inject ContactLog log;
    @Inject Cases cases;
    @Inject Referrals referrals;
    @Inject ContactSearch search;
    @Inject MonthlyReport report;
    @Inject SubjectAccess subjectAccess;
    @Inject Erasure erasure;
    @Inject Database db;

    /** A caller with a contact, a case with a note and a change of status, a callback and a FACETS referral. */
    private record Caller(long id, long caseId, String name, String phoneDigits, String canary) {
    }

    private Caller aCallerWithHistory() {
        String canary = "Canary" + ContactForms.unique();
        String name = ContactForms.uniqueName("Eira", "Privacy");
        String mobile = ContactForms.uniqueMobile();
        ContactForm form = ContactForms.namedCall(name, mobile);
        form.getCaller().setEmail(canary.toLowerCase() + "@example.org");
        form.getContact().setSummary("Told us " + canary + ": new diagnosis, low mood.");
        form.getContact().setInformationGiven("Booklet for " + canary);
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Case " + canary);
        form.getContact().setFollowUpNeeded(true);
        form.getFollowUp().setKind(FollowUpKind.CALLBACK);
        form.getFollowUp().setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(1));
        form.getFollowUp().setReason("Ring back about " + canary);
        long[] ids = adviser.call(() -> {
            var c = log.log(form);
            return new long[] {c.getId(), c.getSupportCase().getId(), c.getCaller().getId()};
        });
        long v = adviser.call(() -> cases.get(ids[1]).getVersion());
        long v2 = adviser.call(() -> cases.addNote(ids[1], v, "Note about " + canary).getVersion());
        adviser.run(() -> cases.moveTo(ids[1], v2, CaseStatus.AWAITING_CALLER));
        adviser.run(() -> referrals.refer(ids[0], "facets", true, true, "Referred, " + canary));
        String digits = mobile.replaceAll("\\D", "").substring(1);
        return new Caller(ids[2], ids[1], name, digits, canary);
    }

    @Test
    void subjectAccessGivesEverythingHeldAsJsonAndPdfAndIsLogged() throws Exception {
        Caller caller = aCallerWithHistory();
        adviser.run(() -> cases.get(caller.caseId()));

        CallerFile json = admin.call(() -> subjectAccess.export(caller.id(), "json"));
        assertEquals("application/json", json.contentType());
        JsonObject file = Json.createReader(new java.io.StringReader(new String(json.bytes(), StandardCharsets.UTF_8))).readObject();
        assertEquals(caller.name(), file.getJsonObject("caller").getString("fullName"));
        assertTrue(file.getJsonArray("contacts").getJsonObject(0).getString("summary").contains(caller.canary()));
        assertTrue(file.getJsonArray("cases").getJsonObject(0).getString("title").contains(caller.canary()));
        assertTrue(file.getJsonArray("cases").getJsonObject(0).getJsonArray("timeline").toString().contains("Note about"));
        assertTrue(file.getJsonArray("followUps").getJsonObject(0).getString("reason").contains(caller.canary()));
        assertEquals("FACETS fatigue-management course", file.getJsonArray("referrals").getJsonObject(0).getString("service"));
        assertTrue(file.getJsonArray("accessLog").toString().contains("\"who\":\"adviser\""), "who viewed the records");

        CallerFile pdf = admin.call(() -> subjectAccess.export(caller.id(), "pdf"));
        PdfReader reader = new PdfReader(pdf.bytes());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertTrue(text.toString().contains("What Helpline holds about you"));
        assertTrue(text.toString().contains(caller.name()), "the PDF names them");
        assertTrue(text.toString().contains(caller.canary()), "the PDF has their notes");
        assertTrue(text.toString().contains("Who has looked at these records"));

        assertTrue(admin.call(() -> db.count("select count(e) from AccessEntry e where e.callerId = " + caller.id()
                + " and e.action = org.helpline.audit.AccessEntry.Action.EXPORTED")) >= 2, "both exports logged");
        assertEquals(caller.id(), admin.call(() -> subjectAccess.find(String.valueOf(caller.id()))).get(0).id());
        assertTrue(admin.call(() -> subjectAccess.find("1")).size() <= 1, "a one-digit record number is a search too");
        assertThrows(EJBAccessException.class, () -> supervisor.call(() -> subjectAccess.export(caller.id(), "json")));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> subjectAccess.dossier(caller.id())));
        assertEquals("format", assertThrows(InvalidInputException.class,
                () -> admin.call(() -> subjectAccess.export(caller.id(), "docx"))).getField());
    }

    @Test
    void erasureLeavesNoTraceInAnyTableOrTheAuditHistoryAndTheReportIsUnchanged() {
        Caller caller = aCallerWithHistory();
        YearMonth month = YearMonth.now(HelplineTime.CLOCK);
        MonthlyFigures before = admin.call(() -> report.figures(month, null));
        assertTrue(hits(caller).size() > 5, "before erasure the data is there to find: " + hits(caller));

        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> admin.call(() -> erasure.erase(caller.id(), " "))).getField());
        int scrubbed = admin.call(() -> erasure.erase(caller.id(), "Asked by phone"));
        assertTrue(scrubbed > 5, "rows scrubbed: " + scrubbed);

        assertEquals(List.of(), hits(caller), "the caller's name, phone or notes left anywhere");
        MonthlyFigures after = admin.call(() -> report.figures(month, null));
        assertEquals(before.sections(), after.sections(), "the report counts the same");
        SearchCriteria byCanary = new SearchCriteria();
        byCanary.setText(caller.canary());
        assertEquals(0, supervisor.call(() -> search.count(byCanary)), "search finds nothing");
        JsonObject file = admin.call(() -> subjectAccess.dossier(caller.id()));
        assertTrue(file.getBoolean("erased"));
        assertFalse(file.toString().contains(caller.canary()));
        assertEquals("caller", assertThrows(InvalidInputException.class,
                () -> admin.call(() -> erasure.erase(caller.id(), "Again"))).getField());
    }

    /** Every text column of every table, the audit tables included, searched for the caller's name, phone and canary. */
    private List<String> hits(Caller caller) {
        List<String> hits = new ArrayList<>();
        String lastName = caller.name().substring(caller.name().lastIndexOf(' ') + 1);
        for (Object row : db.nativeQuery("select table_name, column_name from information_schema.columns "
                + "where lower(table_schema) = lower(current_schema()) and lower(data_type) in "
                + "('character varying', 'text', 'character large object', 'character', 'varchar')")) {
            Object[] cols = (Object[]) row;
            String table = cols[0].toString().toLowerCase();
            String column = cols[1].toString().toLowerCase();
            if (table.equals("flyway_schema_history")) {
                continue;
            }
            for (String needle : List.of(caller.canary().toLowerCase(), lastName.toLowerCase(), caller.phoneDigits())) {
                Number n = (Number) db.nativeQuery("select count(*) from " + table + " where lower(" + column + ") like ?1",
                        "%" + needle + "%").get(0);
                if (n.longValue() > 0) {
                    hits.add(table + "." + column + " has " + needle);
                }
            }
        }
        return hits;
    }
}
