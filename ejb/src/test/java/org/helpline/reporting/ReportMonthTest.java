package org.helpline.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The month a report counts: from the first midnight of the month to the next month's, UK time (Europe/London),
 * so that a contact counts in the month its start time falls in as the helpline's clocks show it, in the months
 * the clocks change too. The bounds are MonthlyReport's own (its Period; only
 * the server can run the queries that use them).
 */
class ReportMonthTest {

    private record Bounds(Instant from, Instant to) {

        boolean counts(Instant startedAt) {
            return !startedAt.isBefore(from) && startedAt.isBefore(to);
        }

        Duration length() {
            return Duration.between(from, to);
        }
    }

    private static Bounds of(YearMonth month) {
        MonthlyReport.Period period = new MonthlyReport.Period(month, null, null);
        return new Bounds(period.from(), period.to());
    }

    @Test
    void aWinterMonthRunsFromMidnightToMidnightGmt() {
        assertEquals(new Bounds(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")),
                of(YearMonth.of(2026, 1)));
    }

    @Test
    void aSummerMonthRunsFromMidnightToMidnightBritishSummerTime() {
        assertEquals(new Bounds(Instant.parse("2026-06-30T23:00:00Z"), Instant.parse("2026-07-31T23:00:00Z")),
                of(YearMonth.of(2026, 7)));
    }

    @Test
    void theMonthsTheClocksChangeInAreAnHourShortOrLong() {
        assertEquals(Duration.ofDays(31).minusHours(1), of(YearMonth.of(2026, 3)).length(), "clocks go forward 29 March");
        assertEquals(Duration.ofDays(31).plusHours(1), of(YearMonth.of(2026, 10)).length(), "clocks go back 25 October");
        assertEquals(Duration.ofDays(30), of(YearMonth.of(2026, 4)).length());
        assertEquals(Duration.ofDays(29), of(YearMonth.of(2024, 2)).length(), "a leap year's February");
    }

    @Test
    void eachMonthEndsWhereTheNextBeginsSoEveryContactCountsInExactlyOne() {
        for (YearMonth month = YearMonth.of(2025, 1); month.isBefore(YearMonth.of(2028, 1)); month = month.plusMonths(1)) {
            assertEquals(of(month).to(), of(month.plusMonths(1)).from(), month.toString());
        }
    }

    @ParameterizedTest(name = "{0} counts in {1}")
    @CsvSource({
        "2026-01-31T23:59:59Z, 2026-01", // GMT: the last second of January
        "2026-02-01T00:00:00Z, 2026-02", // a month's first instant is its own
        "2026-03-31T22:59:59Z, 2026-03", // 23:59:59 BST on the 31st
        "2026-03-31T23:00:00Z, 2026-04", // midnight BST: already April in the UK
        "2026-06-30T23:30:00Z, 2026-07", // 00:30 BST on 1 July
        "2026-10-31T23:30:00Z, 2026-10", // 23:30 GMT, the clocks having gone back
        "2026-10-01T00:30:00Z, 2026-10", // 01:30 BST on 1 October
        "2026-09-30T23:30:00Z, 2026-10", // 00:30 BST on 1 October, still 30 September in UTC
        "2026-12-31T23:59:59Z, 2026-12", // New Year is at midnight GMT
        "2027-01-01T00:00:00Z, 2027-01"})
    void aContactCountsInTheMonthItsStartFallsInUkTime(Instant startedAt, YearMonth expected) {
        assertTrue(of(expected).counts(startedAt));
        assertFalse(of(expected.minusMonths(1)).counts(startedAt));
        assertFalse(of(expected.plusMonths(1)).counts(startedAt));
    }

    @Test
    void theMedianIsTheMiddleOrTheRoundedMeanOfTheTwoMiddleOnes() {
        assertEquals(7, MonthlyReport.median(List.of(7)));
        assertEquals(5, MonthlyReport.median(List.of(1, 5, 90)));
        assertEquals(3, MonthlyReport.median(List.of(1, 2, 3, 100)), "2.5 rounds up");
        assertEquals(2, MonthlyReport.median(List.of(1, 2, 2, 100)));
        assertEquals(61, MonthlyReport.median(List.of(60L, 61L)));
    }
}
