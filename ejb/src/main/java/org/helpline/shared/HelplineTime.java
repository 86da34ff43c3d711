package org.helpline.shared;

import java.time.Clock;
import java.time.ZoneId;

/** The helpline works in UK time: days, months and case years are counted in Europe/London. */
public final class HelplineTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    public static final Clock CLOCK = Clock.system(ZONE);

    private HelplineTime() {
    }
}
