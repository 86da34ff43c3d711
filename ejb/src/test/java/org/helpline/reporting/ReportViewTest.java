package org.helpline.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a published month says about the figures that changed since. */
class ReportViewTest {

    private static final YearMonth OCTOBER = YearMonth.of(2025, 10);
    private static final ReportView.Publication PUBLISHED = new ReportView.Publication(
            Instant.parse("2025-11-01T02:00:00Z"), "the monthly schedule");

    private static MonthlyFigures figures(int rules, ReportSection... sections) {
        return new MonthlyFigures(OCTOBER, null, List.of(sections), new long[7][24], Trend.NONE, rules);
    }

    private static ReportSection contacts(long all) {
        return new ReportSection("contacts", "Contacts", "", List.of(new ReportRow("all", "All contacts", all, 0, 0)));
    }

    private static ReportSection referrals(long made) {
        return new ReportSection("referrals", "Referrals", "", List.of(new ReportRow("made", "Referrals made", made, 0, 0)));
    }

    @Test
    void theFiguresThatDifferAreListedAsPublishedAndNow() {
        ReportView view = new ReportView(figures(MonthlyFigures.RULES, contacts(2), referrals(0)), PUBLISHED,
                figures(MonthlyFigures.RULES, contacts(3), referrals(0)), 1);
        assertEquals(List.of(new ReportView.Difference("Contacts", "All contacts", "2", "3")), view.differences());
        assertFalse(view.rulesChangedSincePublication());
        assertEquals(List.of(), new ReportView(figures(MonthlyFigures.RULES, contacts(2)), PUBLISHED, null, 0)
                .differences(), "nothing recomputed, nothing differs");
    }

    @Test
    void underOlderRulesAFigureTheyDidNotHaveIsNotADifference() {
        ReportView view = new ReportView(figures(1, contacts(2)), PUBLISHED,
                figures(MonthlyFigures.RULES, contacts(2), referrals(4)), 1);
        assertTrue(view.rulesChangedSincePublication());
        assertEquals(List.of(), view.differences(), "the Referrals section is new, not changed");
        ReportView sameRules = new ReportView(figures(MonthlyFigures.RULES, contacts(2)), PUBLISHED,
                figures(MonthlyFigures.RULES, contacts(2), referrals(4)), 1);
        assertEquals(List.of(new ReportView.Difference("Referrals", "Referrals made", "0", "4")), sameRules.differences(),
                "under the same rules a row new since counted 0 when published");
    }
}
