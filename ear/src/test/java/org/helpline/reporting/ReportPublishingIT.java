package org.helpline.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.calls.HelplineLine;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsManager;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing freezes a month's figures: later contacts and changes in that month leave the published
 * figures as they were, and the report says how many records changed, with the figures recomputed beside.
 * Publishing covers every line at once, so each test takes a month long past that no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
class ReportPublishingIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    AsManager manager;

    @Inject
    ContactLog log;

    @Inject
    MonthlyReport report;

    @Inject
    ReportPublishing publishing;

    @Inject
    org.helpline.testing.AsAdmin admin;

    @Inject
    Database db;

    private String line;
    private YearMonth month;

    @BeforeEach
    void aLineAndAMonthOfOurOwn() {
        line = "publish-" + ContactForms.unique().toLowerCase();
        db.persist(new HelplineLine(line, "Publishing line " + line, "0808 000 0003", null, 903));
        month = unpublishedMonth();
        contact(month.atDay(3).atTime(10, 0));
        contact(month.atEndOfMonth().atTime(23, 59));
    }

    /** A month in the 1900s nobody has published: the test database may be kept between runs. */
    private YearMonth unpublishedMonth() {
        for (int tries = 0; tries < 100; tries++) {
            YearMonth candidate = YearMonth.of(1901 + ThreadLocalRandom.current().nextInt(98),
                    1 + ThreadLocalRandom.current().nextInt(12));
            if (db.count("select count(s) from ReportSnapshot s where s.month = '" + candidate + "'") == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("No unpublished month left in the 1900s");
    }

    private void contact(LocalDateTime startedAt) {
        ContactForm form = ContactForms.anonymousCall();
        form.getContact().setLine(line);
        form.getContact().setStartedAt(startedAt.atZone(HelplineTime.ZONE).toInstant());
        adviser.call(() -> log.log(form));
    }

    private static long all(MonthlyFigures figures) {
        return figures.section("contacts").row("all").month();
    }

    @Test
    void publishedFiguresStayAsTheyWereWhileTheChangeIsCountedAndRecomputed() {
        MonthlyFigures before = supervisor.call(() -> report.figures(month, line));
        assertFalse(supervisor.call(() -> report.view(month, line)).published());

        manager.run(() -> publishing.publish(month));
        ReportView published = supervisor.call(() -> report.view(month, line));
        assertTrue(published.published());
        assertEquals("Priya Shah", published.publication().by());
        assertEquals(0, published.changedSincePublication());
        assertNull(published.recomputed(), "nothing changed, nothing to recompute");
        assertEquals(before.sections(), published.figures().sections(), "the snapshot holds exactly what was computed");
        assertArrayEquals(before.heatMap(), published.figures().heatMap());
        assertEquals(2, all(published.figures()));

        contact(month.atDay(15).atTime(12, 0));
        ReportView later = supervisor.call(() -> report.view(month, line));
        assertEquals(2, all(later.figures()), "the published figure does not move");
        assertEquals(1, later.changedSincePublication(), "the contact logged late");
        assertEquals(3, all(later.recomputed()), "the figure as it stands now");
        assertEquals(3L, later.now("contacts", "all").orElseThrow().month());

        ReportView allLines = supervisor.call(() -> report.view(month, null));
        assertTrue(allLines.published(), "all lines and every line are frozen together");
        assertEquals(2, all(allLines.figures()));
        assertEquals(1, allLines.changedSincePublication());
    }

    @Test
    void aMonthIsPublishedOnceAndOnlyWhenItIsOver() {
        manager.run(() -> publishing.publish(month));
        InvalidInputException again = assertThrows(InvalidInputException.class,
                () -> manager.run(() -> publishing.publish(month)));
        assertEquals("month", again.getField());
        assertTrue(again.getMessage().contains("already been published"), again.getMessage());
        YearMonth now = YearMonth.now(HelplineTime.CLOCK);
        InvalidInputException current = assertThrows(InvalidInputException.class,
                () -> manager.run(() -> publishing.publish(now)));
        assertEquals("A month can be published once it is over", current.getMessage());
    }

    @Test
    void theSchedulePublishesLastMonthOnTheFirstUnlessSomeoneHas() {
        Instant firstOfNext = month.plusMonths(1).atDay(1).atTime(2, 0).atZone(HelplineTime.ZONE).toInstant();
        assertTrue(admin.call(() -> publishing.publishLastMonth(firstOfNext)));
        assertEquals("the monthly schedule", supervisor.call(() -> report.view(month, line)).publication().by());
        assertFalse(admin.call(() -> publishing.publishLastMonth(firstOfNext)), "already published");
    }

    @Test
    void theScheduleCatchesUpMonthsNeverPublishedWithinItsWindow() {
        // Our month has contacts and was never published; so has the month two before it, just out of a window of 2.
        YearMonth last = month.plusMonths(1);
        YearMonth tooOld = month.minusMonths(2);
        contact(tooOld.atDay(10).atTime(9, 0));
        boolean lastWasPublished = db.count("select count(s) from ReportSnapshot s where s.month = '" + last + "'") > 0;
        Instant firstOfNext = last.plusMonths(1).atDay(1).atTime(2, 0).atZone(HelplineTime.ZONE).toInstant();

        List<YearMonth> due = admin.call(() -> publishing.dueForPublishing(firstOfNext, 2));
        assertTrue(due.contains(month), "a month with contacts, never published: " + due);
        assertEquals(!lastWasPublished, due.contains(last), "the month just ended, contacts or none: " + due);
        assertFalse(due.contains(tooOld), "before the window: left to a manager");
        assertEquals(due.stream().sorted().toList(), due, "oldest first");
        for (YearMonth m : due) {
            assertTrue(admin.call(() -> publishing.publishBySchedule(m, firstOfNext)));
        }
        ReportView caughtUp = supervisor.call(() -> report.view(month, line));
        assertTrue(caughtUp.published());
        assertEquals("the monthly schedule", caughtUp.publication().by());
        assertEquals(2, all(caughtUp.figures()));
        assertFalse(supervisor.call(() -> report.view(tooOld, line)).published());
        assertEquals(List.of(), admin.call(() -> publishing.dueForPublishing(firstOfNext, 2)), "nothing left");
        assertTrue(admin.call(() -> publishing.dueForPublishing(firstOfNext, 3)).contains(tooOld), "a wider window");
        assertFalse(admin.call(() -> publishing.publishBySchedule(month, firstOfNext)), "published once");
        YearMonth running = YearMonth.now(HelplineTime.CLOCK);
        assertFalse(admin.call(() -> publishing.publishBySchedule(running, Instant.now().plus(java.time.Duration
                .ofDays(40)))), "never the month still running, whatever time the caller gives");
        assertThrows(EJBAccessException.class, () -> manager.call(() -> publishing.publishBySchedule(tooOld,
                firstOfNext)), "the schedule's alone: a manager publishes with publish()");
    }

    @Test
    void aLateChangeToAPublishedMonthIsListedWithTheFiguresThatDiffer() {
        manager.run(() -> publishing.publish(month));
        assertTrue(supervisor.call(() -> report.changedSincePublication()).stream().noneMatch(m -> m.month().equals(month)));
        assertEquals(List.of(), supervisor.call(() -> report.view(month, line)).differences());

        // A call of the 15th keyed now, with a referral made about it: both count in the published month.
        ContactForm late = ContactForms.namedCall(ContactForms.uniqueName("Late", "Change"), ContactForms.uniqueMobile());
        late.getContact().setLine(line);
        late.getContact().setStartedAt(month.atDay(15).atTime(12, 0).atZone(HelplineTime.ZONE).toInstant());
        late.getContact().setReferralNeeded(true);
        late.getReferral().setReferTo("facets");
        late.getReferral().setReferralConsent(true);
        adviser.call(() -> log.log(late));

        ReportView changed = supervisor.call(() -> report.view(month, line));
        assertEquals(2, changed.changedSincePublication(), "the contact and its referral");
        List<ReportView.Difference> differences = changed.differences();
        assertTrue(differences.contains(new ReportView.Difference("Contacts", "All contacts", "2", "3")), differences.toString());
        assertTrue(differences.contains(new ReportView.Difference("Referrals", "Referrals made", "0", "1")),
                differences.toString());
        assertTrue(differences.stream().noneMatch(d -> d.published().equals(d.now())));
        MonthlyReport.ChangedMonth listed = supervisor.call(() -> report.changedSincePublication()).stream()
                .filter(m -> m.month().equals(month)).findFirst().orElseThrow();
        assertEquals(2, listed.changed());
    }

    @Test
    void onlyManagersAndAdminsPublish() {
        assertThrows(EJBAccessException.class, () -> supervisor.run(() -> publishing.publish(month)));
        assertThrows(EJBAccessException.class, () -> adviser.run(() -> publishing.publish(month)));
        assertFalse(supervisor.call(() -> report.view(month, line)).published());
        assertEquals(List.of(), db.nativeQuery("select id from report_snapshot where report_month = ?1", month.toString()));
    }
}
