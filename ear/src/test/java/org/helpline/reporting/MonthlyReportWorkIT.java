package org.helpline.reporting;

import static org.helpline.reporting.ReportRow.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;

import jakarta.inject.Inject;

import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.calls.HelplineLine;
import org.helpline.referrals.Referral;
import org.helpline.referrals.ReferralStatus;
import org.helpline.referrals.Referrals;
import org.helpline.safeguarding.RiskKind;
import org.helpline.safeguarding.SafeguardingAction;
import org.helpline.safeguarding.SafeguardingQueue;
import org.helpline.shared.HelplineTime;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The work sections of the monthly report (cases, follow-ups, referrals, risk, sign-off, heat map)
 * against a data set on a line of its own, dated into September and October 2025 by hand.
 */
@ExtendWith(ArquillianExtension.class)
class MonthlyReportWorkIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    ContactLog log;

    @Inject
    SafeguardingQueue safeguarding;

    @Inject
    MonthlyReport report;

    @Inject
    Referrals referrals;

    @Inject
    Database db;

    private String line;

    /**
     * September: a case opened on the 20th and still open. October: a call on Sunday the 5th at 10:00
     * opening a case (closed on the 20th), with a callback booked that day, due by the 7th and done on
     * the 6th, a FACETS referral since enrolled, and a risk to life signed off 30 minutes after it was
     * raised; a second contact on the 9th with a FACETS referral that was sent and heard no more of.
     */
    @BeforeEach
    void buildTheDataSet() {
        line = "work-" + ContactForms.unique().toLowerCase();
        db.persist(new HelplineLine(line, "Work line " + line, "0808 000 0001", null, 901));

        ContactForm september = form("Sep", london(2025, 9, 20, 9, 0));
        long septemberCase = caseOf(adviser.call(() -> log.log(september).getId()));
        db.update("update HelplineCase k set k.openedAt = ?1 where k.id = ?2", london(2025, 9, 20, 9, 5), septemberCase);

        ContactForm october = form("Oct", london(2025, 10, 5, 10, 0));
        october.getContact().setFollowUpNeeded(true);
        october.getFollowUp().setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(1));
        october.getFollowUp().setReason("Ring back about fatigue");
        october.getContact().setReferralNeeded(true);
        october.getReferral().setReferTo("facets");
        october.getReferral().setReferralConsent(true);
        october.getRisk().setRisks(EnumSet.of(RiskKind.RISK_TO_LIFE));
        long contact = adviser.call(() -> log.log(october).getId());
        long octoberCase = caseOf(contact);
        db.update("update HelplineCase k set k.openedAt = ?1, k.closedAt = ?2 where k.id = ?3",
                london(2025, 10, 5, 10, 5), london(2025, 10, 20, 16, 0), octoberCase);
        long followUp = ((Number) db.nativeQuery("select id from follow_up where contact_id = ?1 and reason = ?2",
                contact, "Ring back about fatigue").get(0)).longValue();
        db.update("update FollowUp f set f.bookedAt = ?1, f.dueFrom = ?2, f.dueUntil = ?3, f.completedAt = ?4, "
                + "f.status = org.helpline.followups.FollowUp.Status.COMPLETED where f.id = ?5",
                london(2025, 10, 5, 10, 6), london(2025, 10, 6, 9, 0), london(2025, 10, 7, 17, 0),
                london(2025, 10, 6, 11, 0), followUp);
        db.update("update Referral r set r.referredAt = ?1 where r.contact.id = ?2", london(2025, 10, 5, 10, 7), contact);
        long referral = ((Number) db.nativeQuery("select id from referral where contact_id = ?1", contact).get(0))
                .longValue();
        Referral accepted = adviser.call(() -> referrals.moveTo(referral,
                referrals.get(referral).getVersion(), ReferralStatus.ACCEPTED, null));
        adviser.call(() -> referrals.moveTo(referral, accepted.getVersion(), ReferralStatus.ENROLLED, null));

        ContactForm second = ContactForms.namedCall(ContactForms.uniqueName("Sec", "Work"), ContactForms.uniqueMobile());
        second.getContact().setLine(line);
        second.getContact().setStartedAt(london(2025, 10, 9, 15, 0));
        second.getContact().setReferralNeeded(true);
        second.getReferral().setReferTo("facets");
        second.getReferral().setReferralConsent(true);
        long secondContact = adviser.call(() -> log.log(second).getId());
        db.update("update Referral r set r.referredAt = ?1 where r.contact.id = ?2", london(2025, 10, 9, 15, 5),
                secondContact);
        db.update("update RiskFlag f set f.raisedAt = ?1 where f.contact.id = ?2", london(2025, 10, 5, 10, 8), contact);
        long alert = ((Number) db.nativeQuery("select a.id from safeguarding_alert a join risk_flag f on f.id = a.risk_flag_id "
                + "where f.contact_id = ?1", contact).get(0)).longValue();
        long version = supervisor.call(() -> safeguarding.get(alert).getVersion());
        supervisor.call(() -> safeguarding.signOff(alert, version, SafeguardingAction.CRISIS_LINE_SIGNPOSTED, null));
        db.update("update SafeguardingAlert a set a.raisedAt = ?1, a.signedOffAt = ?2 where a.id = ?3",
                london(2025, 10, 5, 10, 8), london(2025, 10, 5, 10, 38), alert);
    }

    private ContactForm form(String first, Instant startedAt) {
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName(first, "Work"), ContactForms.uniqueMobile());
        form.getContact().setLine(line);
        form.getContact().setStartedAt(startedAt);
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Work " + ContactForms.unique());
        return form;
    }

    private long caseOf(long contactId) {
        return ((Number) db.nativeQuery("select case_id from contact where id = ?1", contactId).get(0)).longValue();
    }

    private static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(HelplineTime.ZONE).toInstant();
    }

    private static List<Long> row(MonthlyFigures figures, String section, String code) {
        ReportRow row = figures.section(section).row(code);
        return List.of(row.month(), row.previousMonth(), row.lastYear());
    }

    @Test
    void casesFollowUpsReferralsRiskAndSignOff() {
        MonthlyFigures f = supervisor.call(() -> report.figures(YearMonth.of(2025, 10), line));
        assertEquals(List.of(1L, 1L, 0L), row(f, "cases", "opened"), "October, September, October 2024");
        assertEquals(List.of(1L, 0L, 0L), row(f, "cases", "closed"));
        assertEquals(List.of(1L, 1L, 0L), row(f, "cases", "openAtEnd"), "September's case is still open");
        assertEquals(List.of(1L, 0L, 0L), row(f, "followUps", "booked"));
        assertEquals(List.of(1L, 0L, 0L), row(f, "followUps", "onTime"));
        assertEquals(List.of(0L, 0L, 0L), row(f, "followUps", "late"));
        assertEquals(List.of(1000L, NONE, NONE), row(f, "followUps", "onTimeShare"), "one of one on time; none before");
        assertEquals("100.0%", f.section("followUps").row("onTimeShare").format(1000));
        assertEquals(List.of(2L, 0L, 0L), row(f, "referralService", "facets"));
        assertEquals(List.of(1L, 0L, 0L), row(f, "referralStatus", "SENT"), "the second referral");
        assertEquals(List.of(1L, 0L, 0L), row(f, "referralStatus", "ENROLLED"), "the first");
        assertEquals(List.of(500L, NONE, NONE), row(f, "referralEnrolment", "facets"), "one of the two enrolled");
        assertEquals(1, f.section("referralEnrolment").rows().size(), "only services referred to are listed");
        assertEquals(List.of(1L, 0L, 0L), row(f, "risk", "RISK_TO_LIFE"));
        assertEquals(List.of(1L, 0L, 0L), row(f, "signOff", "signedOff"));
        assertEquals(List.of(30L, NONE, NONE), row(f, "signOff", "medianMinutes"), "no sign-offs, no median");
        assertEquals(1, f.busy(7, 10), "Sunday 5 October, 10:00 to 11:00");
        assertEquals(1, f.busiest());
    }
}
