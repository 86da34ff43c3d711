package org.helpline.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;

import jakarta.inject.Inject;

import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.calls.HelplineLine;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUps;
import org.helpline.referrals.Referral;
import org.helpline.referrals.ReferralOutcome;
import org.helpline.referrals.ReferralStatus;
import org.helpline.referrals.Referrals;
import org.helpline.safeguarding.RiskKind;
import org.helpline.shared.HelplineTime;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attribution rule of the monthly report (issue 27): work raised with a contact counts in the contact's
 * month however late it is keyed, work raised on its own when it is raised, and outcomes when they happen;
 * and each section's totals agree with its neighbours'. Calls of October and November 1998 (the month of a
 * clock change) are keyed today, on a line of the test's own.
 */
@ExtendWith(ArquillianExtension.class)
class ReportAttributionIT {

    private static final YearMonth OCTOBER = YearMonth.of(1998, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(1998, 11);

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    ContactLog log;

    @Inject
    MonthlyReport report;

    @Inject
    Referrals referrals;

    @Inject
    FollowUps followUps;

    @Inject
    org.helpline.cases.Cases cases;

    @Inject
    Database db;

    @Test
    void workCountsInItsContactsMonthAndOutcomesWhenTheyHappen() {
        String line = "attr-" + ContactForms.unique().toLowerCase();
        db.persist(new HelplineLine(line, "Attribution line " + line, "0808 000 0002", null, 902));
        YearMonth now = YearMonth.now(HelplineTime.CLOCK);

        // Ten minutes before midnight on Saturday 31 October 1998, keyed today: a case, a callback, a FACETS
        // referral and a risk flag, all with the contact.
        ContactForm late = ContactForms.namedCall(ContactForms.uniqueName("Late", "Keyed"), ContactForms.uniqueMobile());
        late.getContact().setLine(line);
        late.getContact().setStartedAt(london(1998, 10, 31, 23, 50, 0));
        late.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        late.getFiling().setNewCaseTitle("Fatigue at work " + ContactForms.unique());
        late.getContact().setFollowUpNeeded(true);
        late.getFollowUp().setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(1));
        late.getFollowUp().setReason("Ring back about the course");
        late.getContact().setReferralNeeded(true);
        late.getReferral().setReferTo("facets");
        late.getReferral().setReferralConsent(true);
        late.getRisk().setRisks(EnumSet.of(RiskKind.SCAM_VICTIM));
        late.getRisk().setRiskLevel(org.helpline.safeguarding.RiskLevel.MEDIUM);
        long lateContact = adviser.call(() -> log.log(late).getId());

        // Both 01:30s of Sunday 25 October 1998, when the clocks went back: two anonymous calls. And a silent call.
        for (Instant twice : List.of(Instant.parse("1998-10-25T00:30:00Z"), Instant.parse("1998-10-25T01:30:00Z"))) {
            ContactForm anonymous = ContactForms.anonymousCall();
            anonymous.getContact().setLine(line);
            anonymous.getContact().setStartedAt(twice);
            adviser.call(() -> log.log(anonymous));
        }
        adviser.call(() -> log.logNonData(ContactForms.unique(), org.helpline.calls.NonDataKind.SILENT, "phone", line,
                london(1998, 10, 12, 9, 0, 0), java.time.Duration.ofSeconds(20)));

        // A caller who first rang the information line on 20 October rings this line on the stroke of midnight,
        // 1 November, and is referred to the same service.
        ContactForm first = ContactForms.namedCall(ContactForms.uniqueName("Mid", "Night"), ContactForms.uniqueMobile());
        first.getContact().setStartedAt(london(1998, 10, 20, 14, 0, 0));
        long repeatCaller = ((Number) db.nativeQuery("select caller_id from contact where id = ?1",
                adviser.call(() -> log.log(first).getId())).get(0)).longValue();
        ContactForm midnight = ContactForms.anonymousCall();
        midnight.getCaller().setCallerId(repeatCaller);
        midnight.getContact().setLine(line);
        midnight.getContact().setStartedAt(london(1998, 11, 1, 0, 0, 0));
        midnight.getContact().setReferralNeeded(true);
        midnight.getReferral().setReferTo("facets");
        midnight.getReferral().setReferralConsent(true);
        adviser.call(() -> log.log(midnight).getId());

        String caseNumber = (String) db.nativeQuery("select k.case_number from helpline_case k join contact c "
                + "on c.case_id = k.id where c.id = ?1", lateContact).get(0);
        assertTrue(caseNumber.startsWith("HL-1998-"), "numbered by the year of the call: " + caseNumber);

        MonthlyFigures october = supervisor.call(() -> report.figures(OCTOBER, line));
        assertEquals(4, value(october, "contacts", "all"), "the late call, both 01:30s and the silent call");
        assertEquals(1, value(october, "contacts", "non-data"));
        assertEquals(2, value(october, "callers", "anonymous"));
        assertEquals(2, october.busy(7, 1), "hour 01 of Sunday the 25th held two real hours");
        assertEquals(1, october.clockChanges().size(), october.busyRule());
        assertEquals(1, value(october, "cases", "opened"), "the case counts with its contact, not when keyed");
        assertEquals(1, value(october, "cases", "openAtEnd"));
        assertEquals(1, value(october, "followUps", "booked"));
        assertEquals(1, value(october, "referrals", "made"));
        assertEquals(1, value(october, "referrals", "withContact"));
        assertEquals(1, value(october, "referrals", "contacts"));
        assertEquals(1, value(october, "referralService", "facets"));
        assertEquals(1, value(october, "referralStatus", "SENT"));
        assertEquals(1, value(october, "risk", "SCAM_VICTIM"), "the flag counts in its contact's month");
        assertReconciles(october);

        MonthlyFigures november = supervisor.call(() -> report.figures(NOVEMBER, line));
        assertEquals(1, value(november, "contacts", "all"), "00:00:00 on the 1st is November's");
        assertEquals(1, value(november, "callers", "repeat"), "rang another line in October: a repeat caller");
        assertEquals(0, value(november, "callers", "new"));
        assertEquals(0, value(november, "cases", "opened"));
        assertEquals(1, value(november, "cases", "openAtEnd"), "October's case was still open");
        assertEquals(1, value(november, "referrals", "made"));
        assertEquals(1, value(november, "referralService", "facets"));
        assertEquals(0, value(november, "risk", "SCAM_VICTIM"));
        assertEquals(1, row(november, "referrals", "made").previousMonth(), "October beside it");
        assertReconciles(november);

        // Today, on this line: none of that work, except the steps FACETS's schedule booked when referred.
        long steps = ((Number) db.nativeQuery("select count(*) from follow_up f join referral r on r.id = f.referral_id "
                + "join contact c on c.id = r.contact_id where c.line_id = (select id from helpline_line where code = ?1)",
                line).get(0)).longValue();
        MonthlyFigures today = supervisor.call(() -> report.figures(now, line));
        assertEquals(0, value(today, "cases", "opened"));
        assertEquals(0, value(today, "referrals", "made"));
        assertEquals(0, value(today, "risk", "SCAM_VICTIM"));
        assertEquals(steps, value(today, "followUps", "booked"), "a referral's steps count when booked");

        // A referral made from the case's page is raised on its own: it counts today, on all lines.
        long caseId = ((Number) db.nativeQuery("select case_id from contact where id = ?1", lateContact).get(0))
                .longValue();
        MonthlyFigures before = supervisor.call(() -> report.figures(now, null));
        Referral fromCase = adviser.call(() -> referrals.referFromCase(caseId, "facets", true, true, null));
        MonthlyFigures after = supervisor.call(() -> report.figures(now, null));
        assertEquals(value(before, "referrals", "made") + 1, value(after, "referrals", "made"));
        assertEquals(value(before, "referrals", "onOwn") + 1, value(after, "referrals", "onOwn"));
        assertEquals(value(before, "referrals", "withContact"), value(after, "referrals", "withContact"));
        assertEquals(1, value(supervisor.call(() -> report.figures(OCTOBER, line)), "referrals", "made"),
                "October unchanged");
        assertReconciles(after);

        // The October referral completed today: made in October, completed (with its outcome) today.
        long octoberReferral = ((Number) db.nativeQuery("select id from referral where contact_id = ?1", lateContact)
                .get(0)).longValue();
        Referral accepted = adviser.call(() -> referrals.moveTo(octoberReferral,
                referrals.get(octoberReferral).getVersion(), ReferralStatus.ACCEPTED, null));
        Referral enrolled = adviser.call(() -> referrals.moveTo(octoberReferral, accepted.getVersion(),
                ReferralStatus.ENROLLED, null));
        adviser.call(() -> referrals.complete(octoberReferral, enrolled.getVersion(), ReferralOutcome.HELPED, null));
        october = supervisor.call(() -> report.figures(OCTOBER, line));
        today = supervisor.call(() -> report.figures(now, line));
        assertEquals(0, value(october, "referrals", "completed"));
        assertEquals(0, value(october, "referralOutcome", "HELPED"));
        assertEquals(1, value(october, "referralStatus", "COMPLETED"), "where October's referral stands now");
        assertEquals(1, value(today, "referrals", "completed"));
        assertEquals(1, value(today, "referralOutcome", "HELPED"));
        assertReconciles(october);
        assertReconciles(today);

        // October's case closed today: opened in October, closed today.
        long caseVersion = adviser.call(() -> cases.get(caseId).getVersion());
        adviser.call(() -> cases.close(caseId, caseVersion, "information-given", "Settled on the course"));
        assertEquals(1, value(supervisor.call(() -> report.figures(now, line)), "cases", "closed"));
        october = supervisor.call(() -> report.figures(OCTOBER, line));
        assertEquals(0, value(october, "cases", "closed"));
        assertEquals(1, value(october, "cases", "opened"));
        assertEquals(1, value(october, "cases", "openAtEnd"), "it was open at the end of October");

        // October's callback escalated to supervisors and then done: completed after escalation, not on time.
        long callback = ((Number) db.nativeQuery("select id from follow_up where contact_id = ?1 and referral_id is null",
                lateContact).get(0)).longValue();
        db.update("update FollowUp f set f.escalatedAt = ?1, f.escalationReason = ?2 where f.id = ?3",
                Instant.now().minusSeconds(60), "3 attempts without reaching the caller", callback);
        FollowUp current = adviser.call(() -> followUps.get(callback));
        adviser.call(() -> followUps.complete(callback, current.getVersion(), "Reached her at last"));
        today = supervisor.call(() -> report.figures(now, line));
        assertEquals(0, value(today, "followUps", "onTime"), "escalated first, so not on time");
        assertEquals(0, value(today, "followUps", "late"));
        assertEquals(1, value(today, "followUps", "afterEscalation"));
        assertEquals(1, value(today, "followUps", "escalated"));
        assertEquals(0, value(today, "followUps", "onTimeShare"), "none of the one completed was on time");
        assertEquals(1, value(supervisor.call(() -> report.figures(OCTOBER, line)), "followUps", "booked"),
                "still booked in October");
        assertTrue(fromCase.getId() > 0);
    }

    /** What each section says about the month agrees with its neighbours, for all three months shown. */
    private static void assertReconciles(MonthlyFigures f) {
        for (int month = 0; month < 3; month++) {
            long made = f.section("referrals").row("made").values()[month];
            assertEquals(made, total(f, "referralService", month), "referrals made = the total by service");
            assertEquals(made, total(f, "referralStatus", month), "referrals made = the total by where they stand");
            assertEquals(made, f.section("referrals").row("withContact").values()[month]
                    + f.section("referrals").row("onOwn").values()[month]);
            assertTrue(f.section("referrals").row("contacts").values()[month]
                    <= f.section("contacts").row("data").values()[month], "contacts referred are data contacts");
            assertEquals(f.section("referrals").row("completed").values()[month], total(f, "referralOutcome", month),
                    "completed = the total by outcome");
            assertEquals(total(f, "channel", month), f.section("contacts").row("all").values()[month]);
        }
    }

    private static long total(MonthlyFigures f, String section, int month) {
        return f.section(section).rows().stream().mapToLong(r -> Math.max(0, r.values()[month])).sum();
    }

    private static ReportRow row(MonthlyFigures f, String section, String code) {
        return f.section(section).row(code);
    }

    private static long value(MonthlyFigures f, String section, String code) {
        return row(f, section, code).month();
    }

    private static Instant london(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).atZone(HelplineTime.ZONE).toInstant();
    }
}
