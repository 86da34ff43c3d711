package org.helpline.reporting;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

import org.helpline.shared.HelplineTime;

/**
 * The monthly report: for {@code month}, on one line ({@code lineCode}) or all lines (null), with a
 * day-of-week by hour heat map of the month's contacts and the thirteen months' trend the summary draws.
 */
public record MonthlyFigures(YearMonth month, String lineCode, List<ReportSection> sections, long[][] heatMap,
        Trend trend, int rules) implements Serializable {

    /**
     * The counting rules these figures are computed by: 1 until 7 December 2026; 2 since, when work raised with
     * a contact began to count in the contact's month (issue 27). A month published under older rules keeps
     * them: its published figures are what trustees were given.
     */
    public static final int RULES = 2;

    /** Figures by today's rules. */
    public MonthlyFigures(YearMonth month, String lineCode, List<ReportSection> sections, long[][] heatMap,
            Trend trend) {
        this(month, lineCode, sections, heatMap, trend, RULES);
    }

    /** Figures by today's rules, without a trend. */
    public MonthlyFigures(YearMonth month, String lineCode, List<ReportSection> sections, long[][] heatMap) {
        this(month, lineCode, sections, heatMap, Trend.NONE, RULES);
    }

    /** The section with this key, if these figures have it: months published earlier lack newer sections. */
    public java.util.Optional<ReportSection> findSection(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Contacts in the month on {@code day} (1 Monday to 7 Sunday) in {@code hour} (0-23), UK time. */
    public long busy(int day, int hour) {
        return heatMap[day - 1][hour];
    }

    /** The busiest hour's count, for shading the heat map. */
    public long busiest() {
        return java.util.Arrays.stream(heatMap).flatMapToLong(java.util.Arrays::stream).max().orElse(0);
    }

    /**
     * What the busiest-times grid counts by, in words, with a sentence for each clock change in the month: the
     * grid is by the hour on the clock, so on the Sunday the clocks go back its hour 01 holds two real hours,
     * and on the Sunday they go forward it holds none.
     */
    public String busyRule() {
        StringBuilder rule = new StringBuilder("Contacts in ").append(HelplineTime.monthName(month))
                .append(" by day of the week and the hour they started on the clock, UK time. Darker is busier.");
        clockChanges().forEach(change -> rule.append(' ').append(change));
        return rule.toString();
    }

    /** A sentence for each clock change in the month (none, or one in March and one in October). */
    public List<String> clockChanges() {
        java.time.zone.ZoneRules rules = HelplineTime.ZONE.getRules();
        java.time.Instant end = month.plusMonths(1).atDay(1).atStartOfDay(HelplineTime.ZONE).toInstant();
        List<String> changes = new java.util.ArrayList<>();
        java.time.zone.ZoneOffsetTransition change = rules.nextTransition(
                month.atDay(1).atStartOfDay(HelplineTime.ZONE).toInstant().minusSeconds(1));
        while (change != null && change.getInstant().isBefore(end)) {
            String day = change.getDateTimeBefore().format(DAY);
            int hour = Math.min(change.getDateTimeBefore().getHour(), change.getDateTimeAfter().getHour());
            changes.add(change.isOverlap()
                    ? String.format("On %s the clocks went back an hour, so hour %02d counts two real hours, "
                            + "%02d:00 to %02d:00 in summer time and again in winter time.", day, hour, hour, hour + 1)
                    : String.format("On %s the clocks went forward an hour, so hour %02d has no contacts.", day,
                            hour));
            change = rules.nextTransition(change.getInstant());
        }
        return changes;
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("EEEE d MMMM", java.util.Locale.UK);

    public ReportSection section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section " + key));
    }
}
