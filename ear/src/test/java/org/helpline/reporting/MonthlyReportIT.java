package org.helpline.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.calls.Direction;
import org.helpline.calls.HelplineLine;
import org.helpline.calls.NonDataKind;
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
 * The monthly report against a data set on a line of its own, every figure worked out by hand here.
 * The month is October 2025, when the clocks went back (26 October, 02:00 BST to 01:00 GMT).
 */
@ExtendWith(ArquillianExtension.class)
class MonthlyReportIT {

    static final YearMonth OCTOBER = YearMonth.of(2025, 10);

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    ContactLog log;

    @Inject
    MonthlyReport report;

    @Inject
    Database db;

    private String line;

    /**
     * October 2025 on the test line: caller A's first ever contact at 00:30 on 1 October (23:30 UTC on
     * 30 September) and again at 23:59 on 31 October; caller B, who rang in September too, at 01:30 BST on
     * the 26th (the hour that happened twice); an anonymous web chat; a silent call. Outside it: B in
     * September, a call at 23:59 on 30 September (BST), one at 00:00 on 1 November (GMT), and one in
     * October 2024.
     */
    @BeforeEach
    void buildTheDataSet() {
        line = "test-" + ContactForms.unique().toLowerCase();
        db.persist(new HelplineLine(line, "Test line " + line, "0808 000 0000", null, 900));
        String a = ContactForms.uniqueMobile();
        String b = ContactForms.uniqueMobile();
        long callerA = contact(named("Ann", a), "phone", Direction.INBOUND, "person-with-ms",
                List.of("symptoms.fatigue"), london(2025, 10, 1, 0, 30), 600);
        contact(linked(callerA), "email", Direction.INBOUND, "person-with-ms",
                List.of("symptoms.fatigue", "symptoms.mobility", "money-work.benefits"), london(2025, 10, 31, 23, 59), 300);
        long callerB = contact(named("Bob", b), "phone", Direction.INBOUND, "carer",
                List.of("research.trial-results"), london(2025, 9, 15, 10, 0), 60);
        contact(linked(callerB), "phone", Direction.OUTBOUND, "carer", List.of("research.trial-results"),
                Instant.parse("2025-10-26T00:30:00Z"), 900);
        contact(ContactForms.anonymousCall(), "web-chat", Direction.INBOUND, "family-or-friend",
                List.of("mental-health.low-mood"), london(2025, 10, 10, 14, 0), 1500);
        silent(london(2025, 10, 12, 9, 0));
        contact(ContactForms.anonymousCall(), "phone", Direction.INBOUND, "person-with-ms",
                List.of("symptoms.pain"), london(2025, 9, 30, 23, 59), 200);
        contact(ContactForms.anonymousCall(), "phone", Direction.INBOUND, "person-with-ms",
                List.of("symptoms.pain"), london(2025, 11, 1, 0, 0), 200);
        contact(ContactForms.anonymousCall(), "letter", Direction.INBOUND, "professional",
                List.of("treatments.dmt-options"), london(2024, 10, 20, 11, 0), 100);
    }

    private static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(HelplineTime.ZONE).toInstant();
    }

    private static ContactForm named(String first, String phone) {
        return ContactForms.namedCall(ContactForms.uniqueName(first, "Report"), phone);
    }

    private static ContactForm linked(long callerId) {
        ContactForm form = ContactForms.anonymousCall();
        form.getCaller().setCallerId(callerId);
        return form;
    }

    /** Logs the contact as described; answers its caller's id (0 when anonymous). */
    private long contact(ContactForm form, String channel, Direction direction, String callerType, List<String> topics,
            Instant startedAt, int seconds) {
        form.getContact().setChannel(channel);
        form.getContact().setDirection(direction);
        form.getContact().setLine(line);
        form.getContact().setCallerType(callerType);
        form.getContact().setTopics(topics);
        form.getContact().setStartedAt(startedAt);
        form.getContact().setDurationMinutes(seconds / 60);
        form.getContact().setDurationSeconds(seconds % 60);
        long id = adviser.call(() -> log.log(form).getId());
        Object caller = db.nativeQuery("select caller_id from contact where id = ?1", id).get(0);
        return caller == null ? 0 : ((Number) caller).longValue();
    }

    private void silent(Instant at) {
        String key = ContactForms.unique();
        adviser.call(() -> log.logNonData(key, NonDataKind.SILENT, "phone", line, at, Duration.ofSeconds(30)));
    }

    private MonthlyFigures october() {
        return supervisor.call(() -> report.figures(OCTOBER, line));
    }

    private static List<Long> row(MonthlyFigures figures, String section, String code) {
        ReportRow row = figures.section(section).row(code);
        return List.of(row.month(), row.previousMonth(), row.lastYear());
    }

    @Test
    void contactsCountInTheLondonMonthTheyStartedIn() {
        MonthlyFigures f = october();
        assertEquals(List.of(5L, 2L, 1L), row(f, "contacts", "all"), "October, September, October 2024");
        assertEquals(List.of(4L, 2L, 1L), row(f, "contacts", "data"));
        assertEquals(List.of(1L, 0L, 0L), row(f, "contacts", "non-data"));
        assertEquals(List.of(5L, 2L, 1L), row(f, "line", line));
    }

    @Test
    void contactsByChannelDirectionAndWhoCalled() {
        MonthlyFigures f = october();
        assertEquals(List.of(3L, 2L, 0L), row(f, "channel", "phone"));
        assertEquals(List.of(1L, 0L, 0L), row(f, "channel", "email"));
        assertEquals(List.of(1L, 0L, 0L), row(f, "channel", "web-chat"));
        assertEquals(List.of(0L, 0L, 1L), row(f, "channel", "letter"));
        assertEquals(List.of(4L, 2L, 1L), row(f, "direction", "INBOUND"));
        assertEquals(List.of(1L, 0L, 0L), row(f, "direction", "OUTBOUND"));
        assertEquals(List.of(2L, 1L, 0L), row(f, "callerType", "person-with-ms"));
        assertEquals(List.of(1L, 1L, 0L), row(f, "callerType", "carer"));
        assertEquals(List.of(1L, 0L, 0L), row(f, "callerType", "family-or-friend"));
        assertEquals(List.of(0L, 0L, 1L), row(f, "callerType", "professional"));
    }

    @Test
    void topicsCountEachContactOnceUnderEachTopic() {
        MonthlyFigures f = october();
        assertEquals(List.of(2L, 1L, 0L), row(f, "topic", "symptoms"), "fatigue and mobility on one contact count once");
        assertEquals(List.of(1L, 0L, 0L), row(f, "topic", "money-work"));
        assertEquals(List.of(1L, 1L, 0L), row(f, "topic", "research"));
        assertEquals(List.of(1L, 0L, 0L), row(f, "topic", "mental-health"));
        assertEquals(List.of(0L, 0L, 1L), row(f, "topic", "treatments"));
        assertEquals(List.of(2L, 0L, 0L), row(f, "subtopic", "symptoms.fatigue"));
        assertEquals(List.of(1L, 0L, 0L), row(f, "subtopic", "symptoms.mobility"));
        assertEquals(List.of(0L, 1L, 0L), row(f, "subtopic", "symptoms.pain"));
    }

    @Test
    void callersNewRepeatAndAnonymous() {
        MonthlyFigures f = october();
        assertEquals(List.of(2L, 1L, 0L), row(f, "callers", "unique"));
        assertEquals(List.of(1L, 1L, 0L), row(f, "callers", "new"), "A is new in October; B was new in September");
        assertEquals(List.of(1L, 0L, 0L), row(f, "callers", "repeat"), "B rang in September");
        assertEquals(List.of(1L, 1L, 1L), row(f, "callers", "anonymous"));
    }

    @Test
    void handlingTimeOfDataContacts() {
        MonthlyFigures f = october();
        assertEquals(List.of(825L, 130L, 100L), row(f, "handling", "average"), "(600 + 300 + 900 + 1500) / 4");
        assertEquals(List.of(750L, 130L, 100L), row(f, "handling", "median"), "between 600 and 900");
        assertEquals(List.of(4L, 2L, 1L), row(f, "outcome", "information-given"));
    }

    @Test
    void advisersCannotReadTheReport() {
        assertThrows(EJBAccessException.class, () -> adviser.call(() -> report.figures(OCTOBER, line)));
    }
}
