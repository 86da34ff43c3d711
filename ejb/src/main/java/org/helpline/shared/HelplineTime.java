package org.helpline.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The helpline works in UK time: days, months and case years are counted in Europe/London. */
public final class HelplineTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    public static final Clock CLOCK = Clock.system(ZONE);

    private static final DateTimeFormatter TIME_AND_DAY =
            DateTimeFormatter.ofPattern("HH:mm 'on' d MMM", Locale.UK).withZone(ZONE);

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZONE);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private HelplineTime() {
    }

    /** "October 2026". */
    public static String monthName(java.time.YearMonth month) {
        return MONTH.format(month);
    }

    /** "3 March 2026 at 14:05", UK time. */
    public static String dayAndTime(Instant instant) {
        return DAY_AND_TIME.format(instant);
    }

    /** "14:05 on 3 Mar", for messages. */
    public static String timeAndDay(Instant instant) {
        return TIME_AND_DAY.format(instant);
    }

    /** "3 March 2026". */
    public static String day(java.time.LocalDate day) {
        return DAY.format(day);
    }
}
