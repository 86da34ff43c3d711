package org.helpline.reporting;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.helpline.reporting.ReportRow.Unit;

/**
 * The one-page summary trustees read first, on the report page and on the PDF's first page: headline figures
 * with the change on the month before and on the same month a year before, the thirteen months' trend by
 * channel, and the top topics. Taken from the figures themselves, so a published month's summary is the
 * published one.
 */
public record ReportSummary(List<Headline> headlines, Trend trend, List<ReportRow> topTopics) implements Serializable {

    /** How many topics the summary names. */
    public static final int TOP_TOPICS = 5;

    /** The headline figures, in the order trustees read them: which section and row each comes from. */
    private static final List<String[]> HEADLINES = List.of(
            new String[] {"contacts", "all", "Contacts"},
            new String[] {"callers", "unique", "Unique callers"},
            new String[] {"callers", "new", "New callers"},
            new String[] {"handling", "median", "Median handling time"},
            new String[] {"cases", "opened", "Cases opened"},
            new String[] {"referrals", "made", "Referrals made"},
            new String[] {"referrals", "completed", "Referrals completed"},
            new String[] {"followUps", "onTimeShare", "Follow-ups completed on time"},
            new String[] {"signOff", "signedOff", "Safeguarding alerts signed off"},
            new String[] {"signOff", "medianMinutes", "Median time to safeguarding sign-off"});

    /** One headline: its figure this month, and how it moved. */
    public record Headline(String key, String label, ReportRow row) implements Serializable {

        public String value() {
            return row.format(row.month());
        }

        public String onLastMonth() {
            return change(row.unit(), row.month(), row.previousMonth());
        }

        public String onLastYear() {
            return change(row.unit(), row.month(), row.lastYear());
        }
    }

    public static ReportSummary of(MonthlyFigures figures) {
        List<Headline> headlines = new ArrayList<>();
        for (String[] h : HEADLINES) {
            figures.findSection(h[0]).flatMap(s -> s.rows().stream().filter(r -> r.code().equals(h[1])).findFirst())
                    .ifPresent(row -> headlines.add(new Headline(h[0] + "." + h[1], h[2], row)));
        }
        List<ReportRow> topics = figures.findSection("topic")
                .map(s -> s.largestCounts(TOP_TOPICS).stream().filter(r -> r.month() > 0).toList()).orElse(List.of());
        return new ReportSummary(headlines, figures.trend(), topics);
    }

    /**
     * How {@code now} differs from {@code then}, as a reader says it: "+12 (+8.0%)", "−3 (−2.1%)", "+5 (none
     * before)", "no change"; a share in percentage points; a time in minutes and seconds; an en dash when
     * either figure cannot be worked out.
     */
    static String change(Unit unit, long now, long then) {
        if (now == ReportRow.NONE || then == ReportRow.NONE) {
            return "–";
        }
        long difference = now - then;
        if (difference == 0) {
            return "no change";
        }
        String sign = difference > 0 ? "+" : "−";
        long size = Math.abs(difference);
        return switch (unit) {
            case PERCENT -> sign + String.format(Locale.UK, "%.1f", size / 10.0) + " points";
            case SECONDS, MINUTES -> sign + unit.format(size);
            case COUNT -> sign + Unit.COUNT.format(size) + (then == 0 ? " (none before)"
                    : String.format(Locale.UK, " (%s%.1f%%)", sign, size * 100.0 / then));
        };
    }
}
