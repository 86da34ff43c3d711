package org.helpline.reporting;

import java.io.Serializable;

/**
 * One figure of the report for the month, the month before, and the same month a year earlier, in its
 * {@link Unit}. {@link #NONE} stands for a figure that cannot be worked out, such as a median of nothing or
 * a share of zero.
 */
public record ReportRow(String code, String label, long month, long previousMonth, long lastYear, Unit unit)
        implements Serializable {

    /** No figure: nothing to take a median or a share of. Counts are never negative, so it cannot clash. */
    public static final long NONE = -1;

    public ReportRow(String code, String label, long month, long previousMonth, long lastYear) {
        this(code, label, month, previousMonth, lastYear, Unit.COUNT);
    }

    /** The three figures in column order: the month, the month before, a year before. */
    public long[] values() {
        return new long[] {month, previousMonth, lastYear};
    }

    /** The figure as people read it: "1,204", "11 min 50 s", "2 h 5 min", "87.5%", or an en dash for none. */
    public String format(long value) {
        return unit.format(value);
    }

    /** What a row's figures measure. Percentages are held in tenths of a percent, so 87.5% is 875. */
    public enum Unit {
        COUNT, SECONDS, MINUTES, PERCENT;

        public String format(long value) {
            if (value == NONE) {
                return "–";
            }
            return switch (this) {
                case COUNT -> String.format(java.util.Locale.UK, "%,d", value);
                case PERCENT -> String.format(java.util.Locale.UK, "%.1f%%", value / 10.0);
                case SECONDS -> value < 60 ? value + " s"
                        : MINUTES.format(value / 60) + (value % 60 == 0 ? "" : " " + value % 60 + " s");
                case MINUTES -> value < 60 ? value + " min"
                        : String.format(java.util.Locale.UK, "%,d h", value / 60) + (value % 60 == 0 ? ""
                                : " " + value % 60 + " min");
            };
        }

        /** The figure as a plain number for spreadsheets: a percentage as a fraction (0.875), none as null. */
        public Double number(long value) {
            if (value == NONE) {
                return null;
            }
            return this == PERCENT ? value / 1000.0 : (double) value;
        }

        /** A share in tenths of a percent, or {@link #NONE} when there is nothing to take a share of. */
        public static long share(long part, long whole) {
            return whole == 0 ? NONE : Math.round(part * 1000.0 / whole);
        }
    }
}
