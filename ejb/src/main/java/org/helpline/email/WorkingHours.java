package org.helpline.email;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.helpline.shared.HelplineTime;

/**
 * The email team's working hours, UK time: Monday to Friday between {@code opens} and {@code closes} (by default
 * 09:00 to 17:00, eight hours a day). The target for answering an email and the report's time to first reply
 * count these hours only: an email that arrives on Friday evening and is answered on Monday at 10:00 waited one
 * working hour. Bank holidays count as working days (Helpline keeps no list of them).
 */
public record WorkingHours(LocalTime opens, LocalTime closes) {

    /** 09:00 to 17:00. */
    public static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

    public WorkingHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("working hours must open before they close: " + opens + "-" + closes);
        }
    }

    /** "09:00-17:00"; anything unreadable is the default. */
    public static WorkingHours parse(String text) {
        try {
            String[] parts = text.strip().split("-");
            return new WorkingHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        } catch (RuntimeException unreadable) {
            return DEFAULT;
        }
    }

    /** The length of a working day. */
    public Duration day() {
        return Duration.between(opens, closes);
    }

    /** The working time between two instants ({@code to} before {@code from} is none). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        ZonedDateTime start = from.atZone(HelplineTime.ZONE);
        ZonedDateTime end = to.atZone(HelplineTime.ZONE);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            ZonedDateTime open = day.atTime(opens).atZone(HelplineTime.ZONE);
            ZonedDateTime close = day.atTime(closes).atZone(HelplineTime.ZONE);
            ZonedDateTime a = start.isAfter(open) ? start : open;
            ZonedDateTime b = end.isBefore(close) ? end : close;
            if (b.isAfter(a)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    /** The moment {@code working} working time after {@code from}. */
    public Instant after(Instant from, Duration working) {
        ZonedDateTime at = from.atZone(HelplineTime.ZONE);
        Duration left = working;
        for (int guard = 0; guard < 3660; guard++) {
            LocalDate day = at.toLocalDate();
            if (isWorkingDay(day)) {
                ZonedDateTime open = day.atTime(opens).atZone(HelplineTime.ZONE);
                ZonedDateTime close = day.atTime(closes).atZone(HelplineTime.ZONE);
                ZonedDateTime start = at.isAfter(open) ? at : open;
                if (start.isBefore(close)) {
                    Duration today = Duration.between(start, close);
                    if (today.compareTo(left) >= 0) {
                        return start.plus(left).toInstant();
                    }
                    left = left.minus(today);
                }
            }
            at = day.plusDays(1).atStartOfDay(HelplineTime.ZONE);
        }
        throw new IllegalArgumentException("too far ahead: " + working);
    }

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
