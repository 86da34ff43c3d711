package org.helpline.reporting;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * Contacts by channel over the thirteen months up to the report's month (oldest first), for the summary's
 * trend chart: a year of months and the same month a year before, so a season reads against the last.
 */
public record Trend(List<YearMonth> months, List<Series> series) implements Serializable {

    /** How many months the trend covers: the report's month and the twelve before it. */
    public static final int MONTHS = 13;

    /** No trend: a month published before the summary existed. */
    public static final Trend NONE = new Trend(List.of(), List.of());

    /** One channel's contacts in each of the months, in the same order. */
    public record Series(String code, String label, List<Long> counts) implements Serializable {
    }

    public boolean isEmpty() {
        return months.isEmpty();
    }

    /** All contacts in the {@code i}th month, on every channel. */
    public long total(int i) {
        return series.stream().mapToLong(s -> s.counts().get(i)).sum();
    }
}
