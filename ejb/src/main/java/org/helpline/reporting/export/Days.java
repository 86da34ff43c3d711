package org.helpline.reporting.export;

import java.util.List;

/** Day names for the heat map, Monday first as the figures are. */
final class Days {

    static final List<String> NAMES = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");

    private Days() {
    }
}
