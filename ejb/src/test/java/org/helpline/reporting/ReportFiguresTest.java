package org.helpline.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.helpline.reporting.ReportRow.Unit;
import org.junit.jupiter.api.Test;

/** What the report's pages, charts and exports read from the figures. */
class ReportFiguresTest {

    private static final ReportSection CHANNELS = new ReportSection("channel", "By channel", "All contacts.", List.of(
            new ReportRow("phone", "Phone", 120, 100, 90), new ReportRow("email", "Email", 0, 0, 0),
            new ReportRow("letter", "Letter", 0, 3, 0), new ReportRow("chat", "Web chat", 40, 50, 0),
            new ReportRow("median", "Median", 400, 300, 200, Unit.SECONDS)));

    private static MonthlyFigures figures(long[][] heat) {
        return new MonthlyFigures(YearMonth.of(2026, 3), null, List.of(CHANNELS), heat);
    }

    @Test
    void aChartDrawsTheCountsWithAFigureLargestThisMonthFirst() {
        assertEquals(List.of("phone", "chat", "letter"),
                CHANNELS.largestCounts(ReportSection.CHART_ROWS).stream().map(ReportRow::code).toList(),
                "no row without a figure in any month, no times");
        assertEquals(List.of("phone"), CHANNELS.largestCounts(1).stream().map(ReportRow::code).toList());
    }

    @Test
    void theBusiestTimesSayWhatAClockChangeDidToHourOne() {
        MonthlyFigures october = new MonthlyFigures(YearMonth.of(2025, 10), null, List.of(), new long[7][24]);
        assertEquals(List.of("On Sunday 26 October the clocks went back an hour, so hour 01 counts two real hours, "
                + "01:00 to 02:00 in summer time and again in winter time."), october.clockChanges());
        assertTrue(october.busyRule().startsWith("Contacts in October 2025 by day of the week"), october.busyRule());
        assertTrue(october.busyRule().endsWith("again in winter time."), october.busyRule());
        assertEquals(List.of("On Sunday 30 March the clocks went forward an hour, so hour 01 has no contacts."),
                new MonthlyFigures(YearMonth.of(2025, 3), null, List.of(), new long[7][24]).clockChanges());
        assertEquals(List.of(), new MonthlyFigures(YearMonth.of(2025, 6), null, List.of(), new long[7][24]).clockChanges());
    }

    @Test
    void aRowOrSectionThatIsNotThereIsAProgrammingError() {
        assertEquals("Web chat", CHANNELS.row("chat").label());
        assertThrows(IllegalArgumentException.class, () -> CHANNELS.row("fax"));
        assertEquals(CHANNELS, figures(new long[7][24]).section("channel"));
        assertThrows(IllegalArgumentException.class, () -> figures(new long[7][24]).section("cases"));
    }

    @Test
    void theHeatMapIsReadByDayFromMondayAndHour() {
        long[][] heat = new long[7][24];
        heat[0][9] = 4;
        heat[6][23] = 7;
        MonthlyFigures figures = figures(heat);
        assertEquals(4, figures.busy(1, 9));
        assertEquals(7, figures.busy(7, 23));
        assertEquals(7, figures.busiest());
        assertEquals(0, figures(new long[7][24]).busiest());
    }

    @Test
    void sharesAreInTenthsOfAPercentRounded() {
        assertEquals(125, Unit.share(1, 8));
        assertEquals(333, Unit.share(1, 3));
        assertEquals(1000, Unit.share(4, 4));
        assertEquals(0, Unit.share(0, 4));
        assertEquals("33.3%", Unit.PERCENT.format(Unit.share(1, 3)));
        assertEquals("12 min", Unit.MINUTES.format(12));
        assertEquals(12.0, Unit.MINUTES.number(12));
    }

    @Test
    void aPublishedReportShowsTheFiguresNowOnlyWhenTheyWereRecomputed() {
        ReportView.Publication published = new ReportView.Publication(Instant.parse("2026-04-01T01:00:00Z"),
                "the monthly schedule");
        ReportView unchanged = new ReportView(figures(new long[7][24]), published, null, 0);
        assertTrue(unchanged.published());
        assertEquals(Optional.empty(), unchanged.now("channel", "phone"));

        ReportView changed = new ReportView(figures(new long[7][24]), published, figures(new long[7][24]), 2);
        assertEquals(120, changed.now("channel", "phone").orElseThrow().month());
        assertEquals(Optional.empty(), changed.now("channel", "fax"));
        assertFalse(new ReportView(figures(new long[7][24]), null, null, 0).published());
    }
}
