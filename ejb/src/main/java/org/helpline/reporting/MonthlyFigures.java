package org.helpline.reporting;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly report: for {@code month}, on one line ({@code lineCode}) or all lines (null), with a
 * day-of-week by hour heat map of the month's contacts.
 */
public record MonthlyFigures(YearMonth month, String lineCode, List<ReportSection> sections, long[][] heatMap)
        implements Serializable {

    /** Contacts in the month on {@code day} (1 Monday to 7 Sunday) in {@code hour} (0-23), UK time. */
    public long busy(int day, int hour) {
        return heatMap[day - 1][hour];
    }

    /** The busiest hour's count, for shading the heat map. */
    public long busiest() {
        return java.util.Arrays.stream(heatMap).flatMapToLong(java.util.Arrays::stream).max().orElse(0);
    }

    public ReportSection section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section " + key));
    }
}
