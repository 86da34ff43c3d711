package org.helpline.view;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.helpline.shared.HelplineTime;

/** Months to choose from on a page, newest first, and how pages name a month ("October 2026"). */
public final class MonthOptions {

    /** A month to choose: its value ("2026-10") and its name. */
    public record Option(String value, String label) implements Serializable {
    }

    private MonthOptions() {
    }

    /** This month and the {@code count - 1} before it. */
    public static List<Option> lastMonths(int count) {
        YearMonth now = YearMonth.now(HelplineTime.CLOCK);
        List<Option> months = new ArrayList<>();
        for (int back = 0; back < count; back++) {
            YearMonth m = now.minusMonths(back);
            months.add(new Option(m.toString(), label(m)));
        }
        return months;
    }

    public static String label(YearMonth month) {
        return HelplineTime.monthName(month);
    }
}
