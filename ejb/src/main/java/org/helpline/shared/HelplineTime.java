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

    private HelplineTime() {
    }

    /** "14:05 on 3 Mar", for messages. */
    public static String timeAndDay(Instant instant) {
        return TIME_AND_DAY.format(instant);
    }
}
