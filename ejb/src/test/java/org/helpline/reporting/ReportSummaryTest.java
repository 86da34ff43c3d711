package org.helpline.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;

import org.helpline.reporting.ReportRow.Unit;
import org.junit.jupiter.api.Test;

/** The summary trustees read first: its headlines, their changes, and the top topics. */
class ReportSummaryTest {

    @Test
    void changesReadAsPeopleSayThem() {
        assertEquals("+12 (+8.0%)", ReportSummary.change(Unit.COUNT, 162, 150));
        assertEquals("−3 (−2.0%)", ReportSummary.change(Unit.COUNT, 147, 150));
        assertEquals("+5 (none before)", ReportSummary.change(Unit.COUNT, 5, 0));
        assertEquals("no change", ReportSummary.change(Unit.COUNT, 7, 7));
        assertEquals("+3.1 points", ReportSummary.change(Unit.PERCENT, 875, 844));
        assertEquals("−1 min 5 s", ReportSummary.change(Unit.SECONDS, 600, 665));
        assertEquals("+1 h 30 min", ReportSummary.change(Unit.MINUTES, 125, 35));
        assertEquals("–", ReportSummary.change(Unit.MINUTES, 30, ReportRow.NONE), "no median before");
    }

    @Test
    void theHeadlinesComeFromTheSectionsTheFiguresHave() {
        MonthlyFigures figures = new MonthlyFigures(YearMonth.of(2025, 10), null, List.of(
                new ReportSection("contacts", "Contacts", "", List.of(new ReportRow("all", "All contacts", 40, 32, 50))),
                new ReportSection("topic", "By topic", "", List.of(new ReportRow("symptoms", "Symptoms", 12, 10, 9),
                        new ReportRow("money", "Money", 20, 1, 0), new ReportRow("travel", "Travel", 0, 4, 0))),
                new ReportSection("signOff", "Safeguarding sign-off", "", List.of(
                        new ReportRow("signedOff", "Signed off", 2, 0, 0),
                        new ReportRow("medianMinutes", "Median", 95, ReportRow.NONE, ReportRow.NONE, Unit.MINUTES)))),
                new long[7][24]);
        ReportSummary summary = ReportSummary.of(figures);
        assertEquals(List.of("Contacts", "Safeguarding alerts signed off", "Median time to safeguarding sign-off"),
                summary.headlines().stream().map(ReportSummary.Headline::label).toList(),
                "a published month without the newer sections shows the headlines it has");
        ReportSummary.Headline contacts = summary.headlines().get(0);
        assertEquals("40", contacts.value());
        assertEquals("+8 (+25.0%)", contacts.onLastMonth());
        assertEquals("−10 (−20.0%)", contacts.onLastYear());
        assertEquals("1 h 35 min", summary.headlines().get(2).value());
        assertEquals(List.of("money", "symptoms"), summary.topTopics().stream().map(ReportRow::code).toList(),
                "largest first, and none without a contact this month");
    }
}
