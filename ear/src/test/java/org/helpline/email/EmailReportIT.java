package org.helpline.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import jakarta.inject.Inject;

import org.helpline.reporting.MonthlyFigures;
import org.helpline.reporting.MonthlyReport;
import org.helpline.reporting.ReportRow;
import org.helpline.reporting.ReportSection;
import org.helpline.shared.HelplineTime;
import org.helpline.supervision.Cracks;
import org.helpline.supervision.Wallboard;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly report's email figures against a month worked out by hand (March 1997), with waits across a
 * weekend, an acknowledgement that is not a reply, a second email inside a wait, an auto-reply, a wait still
 * open and one from February answered in March; and the wallboard and cracks list showing an email past its
 * target.
 */
@ExtendWith(ArquillianExtension.class)
class EmailReportIT {

    private static final YearMonth MARCH = YearMonth.of(1997, 3);

    @Inject AsSupervisor supervisor;
    @Inject EmailFiling filing;
    @Inject MonthlyReport report;
    @Inject Wallboard wallboard;
    @Inject Cracks cracks;
    @Inject Database db;

    private static Instant uk(String local) {
        return LocalDateTime.parse(local).atZone(HelplineTime.ZONE).toInstant();
    }

    private long in(String key, String from, String subject, String at, String answers, boolean automatic) {
        IncomingEmail email = new IncomingEmail(key, answers, answers == null ? List.of() : List.of(answers), from, null,
                List.of("helpline@helpline.test"), subject, uk(at), "Text of " + subject, null, AuthVerdict.NONE, null,
                null, 100, automatic, List.of(), null);
        return supervisor.call(() -> filing.file(email, uk(at))).threadId();
    }

    private void out(long thread, String key, String at, boolean automatic) {
        db.nativeUpdate("insert into email_message (id, thread_id, direction, message_key, from_address, subject, "
                + "received_at, sent_at, text_body, auth_verdict, size_bytes, auto_submitted) values "
                + "(nextval('email_message_seq'), ?1, 'OUTBOUND', ?2, 'helpline@helpline.test', 'Re', ?3, ?3, 'Reply', "
                + "'NONE', 10, ?4)", thread, key, uk(at), automatic);
    }

    @Test
    void theMonthsEmailFiguresMatchTheWorkingByHand() {
        // Friday evening, answered Monday at 10:00: one working hour.
        long a = in("<a@r.test>", "a@r.test", "A", "1997-03-07T21:00", null, false);
        out(a, "<a-reply@h.test>", "1997-03-10T10:00", false);
        // Monday 09:30, acknowledged at once (not a reply), written to again at 11:00 (the same wait), answered
        // Wednesday 09:30: 7.5 + 8 + 0.5 = 16 working hours, just within the target.
        long b = in("<b@r.test>", "b@r.test", "B", "1997-03-10T09:30", null, false);
        out(b, "<b-ack@h.test>", "1997-03-10T09:31", true);
        in("<b2@r.test>", "b@r.test", "B again", "1997-03-10T11:00", "<b@r.test>", false);
        out(b, "<b-reply@h.test>", "1997-03-12T09:30", false);
        // An out-of-office: received, automatic, no wait. And a wait still open at the month's end.
        in("<d@r.test>", "d@r.test", "Away", "1997-03-14T12:00", null, true);
        in("<c@r.test>", "c@r.test", "C past target", "1997-03-27T16:00", null, false);
        // February's email answered in March: a reply sent in March, a wait of February's.
        long e = in("<e@r.test>", "e@r.test", "E", "1997-02-27T10:00", null, false);
        out(e, "<e-reply@h.test>", "1997-03-03T10:00", false);

        MonthlyFigures march = supervisor.call(() -> report.figures(MARCH, null));
        ReportSection emails = march.findSection("emails").orElseThrow();
        assertEquals(5, month(emails, "received"), "A, B, B again, the out-of-office, C");
        assertEquals(1, month(emails, "automatic"));
        assertEquals(4, month(emails, "enquiries"), "A, B, the out-of-office, C");
        assertEquals(3, month(emails, "answered"), "A's, B's and E's replies; not the acknowledgement");
        assertEquals(3, month(emails, "waits"), "A, B and C");
        assertEquals(1, month(emails, "notAnswered"), "C");
        assertEquals(510, month(emails, "medianReply"), "the middle of 60 and 960 minutes");
        assertEquals(960, month(emails, "p90Reply"));
        assertEquals(1000, month(emails, "withinTarget"), "both within 16 working hours: 100.0%");
        assertTrue(emails.rule().contains("working hours"), emails.rule());
        assertEquals(1, supervisor.call(() -> report.figures(YearMonth.of(1997, 2), null)).findSection("emails")
                .orElseThrow().rows().stream().filter(r -> r.code().equals("waits")).findFirst().orElseThrow().month());
        assertTrue(supervisor.call(() -> report.figures(MARCH, "info-line")).findSection("emails").isEmpty(),
                "a line's report has no email section: emails are on no line");

        assertTrue(supervisor.call(() -> wallboard.figures(Instant.now())).emailsOverdue() >= 2, "C and the out-of-office");
        assertTrue(supervisor.call(() -> cracks.emailsPastTarget(Instant.now())).stream()
                .anyMatch(w -> w.subject().equals("C past target") && w.workingHoursWaited() > 16));
    }

    private static long month(ReportSection section, String code) {
        return section.rows().stream().filter(r -> r.code().equals(code)).findFirst().map(ReportRow::month).orElseThrow();
    }
}
