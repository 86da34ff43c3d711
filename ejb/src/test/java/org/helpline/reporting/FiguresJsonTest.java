package org.helpline.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.helpline.reporting.ReportRow.Unit;
import org.junit.jupiter.api.Test;

/** A snapshot keeps the figures as JSON; reading it back gives exactly the figures that were written. */
class FiguresJsonTest {

    private static MonthlyFigures figures(String line) {
        long[][] heat = new long[7][24];
        heat[6][23] = 4;
        heat[0][0] = 1;
        return new MonthlyFigures(YearMonth.of(2025, 10), line, List.of(
                new ReportSection("contacts", "Contacts", "A \"quoted\" rule, with unicode: Europe/London › UK",
                        List.of(new ReportRow("all", "All contacts", 1_000_000, 0, 7))),
                new ReportSection("followUps", "Follow-ups", "Shares.",
                        List.of(new ReportRow("onTimeShare", "On time", 875, ReportRow.NONE, 1000, Unit.PERCENT)))),
                heat, new Trend(List.of(YearMonth.of(2025, 9), YearMonth.of(2025, 10)),
                        List.of(new Trend.Series("phone", "Phone", List.of(3L, 4L)))));
    }

    @Test
    void readsBackWhatItWrote() {
        MonthlyFigures written = figures("nurse-line");
        MonthlyFigures read = FiguresJson.read(FiguresJson.write(written));
        assertEquals(written.month(), read.month());
        assertEquals("nurse-line", read.lineCode());
        assertEquals(written.sections(), read.sections());
        assertArrayEquals(written.heatMap(), read.heatMap());
        assertEquals(written.trend(), read.trend());
    }

    @Test
    void aSnapshotFromBeforeTheTrendReadsWithoutOne() {
        String old = FiguresJson.write(figures(null)).replaceAll(",\"trend\":.*}$", "}");
        assertTrue(!old.contains("trend"), old);
        assertTrue(FiguresJson.read(old).trend().isEmpty());
        assertEquals(MonthlyFigures.RULES, FiguresJson.read(FiguresJson.write(figures(null))).rules());
        assertEquals(1, FiguresJson.read(old.replace("\"rules\":" + MonthlyFigures.RULES + ",", "")).rules(),
                "published before the rules were numbered: the first rules");
    }

    @Test
    void allLinesHasNoLine() {
        assertNull(FiguresJson.read(FiguresJson.write(figures(null))).lineCode());
    }

    @Test
    void figuresReadAsPeopleReadThem() {
        assertEquals("1,000,000", Unit.COUNT.format(1_000_000));
        assertEquals("87.5%", Unit.PERCENT.format(875));
        assertEquals("12 min 30 s", Unit.SECONDS.format(750), "times read as minutes and seconds");
        assertEquals("45 s", Unit.SECONDS.format(45));
        assertEquals("12 min", Unit.SECONDS.format(720));
        assertEquals("1 h 1 min 5 s", Unit.SECONDS.format(3665));
        assertEquals("2 h 5 min", Unit.MINUTES.format(125));
        assertEquals("1,000 h", Unit.MINUTES.format(60_000));
        assertEquals("–", Unit.MINUTES.format(ReportRow.NONE));
        assertEquals(0.875, Unit.PERCENT.number(875));
        assertNull(Unit.PERCENT.number(ReportRow.NONE));
        assertEquals(667, Unit.share(2, 3));
        assertEquals(ReportRow.NONE, Unit.share(0, 0));
    }
}
