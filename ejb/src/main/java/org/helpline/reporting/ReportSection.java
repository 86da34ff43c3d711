package org.helpline.reporting;

import java.io.Serializable;
import java.util.List;

/** A titled table of the report, with the rule its figures are counted by. */
public record ReportSection(String key, String title, String rule, List<ReportRow> rows) implements Serializable {

    /** Charts, on the page and in the PDF, draw at most this many rows; the table under each has them all. */
    public static final int CHART_ROWS = 12;

    /**
     * The rows a chart of this section draws: counts (not times or shares) with a figure in any of the three
     * months, the largest this month first, at most {@code limit} of them.
     */
    public List<ReportRow> largestCounts(int limit) {
        return rows.stream()
                .filter(r -> r.unit() == ReportRow.Unit.COUNT && (r.month() > 0 || r.previousMonth() > 0 || r.lastYear() > 0))
                .sorted(java.util.Comparator.comparingLong(ReportRow::month).reversed()).limit(limit).toList();
    }

    /**
     * Whether the section has nothing to show in any of the three months: every count 0 and every other figure
     * none. The PDF states such a section in a line instead of an empty table.
     */
    public boolean isEmpty() {
        return rows.stream().allMatch(r -> java.util.Arrays.stream(r.values())
                .allMatch(v -> r.unit() == ReportRow.Unit.COUNT ? v == 0 : v == ReportRow.NONE));
    }

    /** The row with this code; a missing row is a programming error. */
    public ReportRow row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No row " + code + " in " + key));
    }
}
