package org.helpline.shared;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as advisers type them, in UK order and UK time whatever the browser's locale, and back
 * as text. What is understood, case and spacing aside:
 * <ul>
 * <li>a date: {@code 25/12/2026}, {@code 25/12/26} (20xx), {@code 25-12-2026}, {@code 25/12} (the year the
 * {@link Direction} points to: the nearest 25 December on or before today for {@code PAST}, on or after today
 * for {@code FUTURE}), {@code today}, {@code tomorrow}, {@code yesterday}, a day's name whole or in three
 * letters ({@code mon}, {@code tues}, {@code thurs} too: the nearest such day in the direction, today
 * included), and ISO {@code 2026-12-25};</li>
 * <li>a time: {@code 14:30}, {@code 9.30}, {@code 16} (16:00), {@code 4pm}, {@code 4:30 pm}, {@code 12am}
 * (00:00), {@code midday} or {@code noon}. Not {@code 1430}: after a date, {@code 25/12 2026} would be read
 * as 20:26;</li>
 * <li>for a date and time: a date then a time, with a comma or "at" between if liked ({@code tomorrow 10},
 * {@code fri at 4pm}, {@code 25/12/2026, 14:30}); a time alone is today; {@code now} is this minute; ISO
 * {@code 2026-12-25T14:30} too, the form the browser's own date-time field used to send.</li>
 * </ul>
 * A date typed without a time means 10:00 that day when looking ahead, the hour Helpline books callbacks for
 * when nobody says otherwise; looking back (when did the contact start) it is refused, because a start
 * without its time would be made up. A time that does not exist in UK time, the hour the clocks skip on the
 * last Sunday of March (01:30 on 29/03/2026), is refused with a message saying so rather than moved. A time
 * that happens twice, on the last Sunday of October, is the first of the two (British Summer Time), as
 * {@link LocalDateTime#atZone} takes it. Anything else is refused with a {@link Refused} whose message says
 * what to type instead.
 */
public final class TypedTimes {

    /** Which way a date typed without its year, or a day's name, is looked for from today. */
    public enum Direction {
        /** When something happened: a contact's start, "since", "from". */
        PAST,
        /** When something is due: a callback, a review, an expiry. */
        FUTURE
    }

    /** Text that is not a date (and time) Helpline understands; the message is for the adviser. */
    public static final class Refused extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** 10:00: a callback booked for a day with no time said. */
    public static final LocalTime DEFAULT_FUTURE_TIME = LocalTime.of(10, 0);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** Longer than anything understood; such text is refused before any pattern sees it. */
    private static final int MOST_CHARACTERS = 40;

    /** A date at the start of the text; a day's name or a word must end where a letter cannot follow. */
    private static final Pattern DATE_TYPED = Pattern.compile(
            "(?<iso>\\d{4})-(?<isoMonth>\\d{1,2})-(?<isoDay>\\d{1,2})"
            + "|(?<day>\\d{1,2})[/-](?<month>\\d{1,2})(?:[/-](?<year>\\d{4}|\\d{2}))?"
            + "|(?<word>today|tomorrow|yesterday)(?![a-z])"
            + "|(?<weekday>mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday"
            + "|sat|saturday|sun|sunday)(?![a-z])");

    /** Between a date and its time: a space or comma, "at" if liked; ISO's T. */
    private static final Pattern BETWEEN = Pattern.compile("(?:\\s*,\\s*|\\s)(?:at\\s)?");

    private static final Pattern TIME_TYPED = Pattern.compile("(?<noon>midday|noon)"
            + "|(?<hour>\\d{1,2})(?:[:.](?<minute>\\d{2}))?(?:\\s?(?<half>am|pm))?");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("weds", DayOfWeek.WEDNESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

    private TypedTimes() {
    }

    /**
     * The date and time {@code typed} means, in UK time, {@code now} being the present (in any zone; what
     * counts is the UK date and time at that instant).
     *
     * @throws Refused if the text is not understood, names no real date, or names a time the clocks skip
     */
    public static LocalDateTime dateTime(String typed, Direction direction, ZonedDateTime now) {
        ZonedDateTime here = now.withZoneSameInstant(HelplineTime.ZONE);
        String text = normalised(typed);
        if (text.equals("now")) {
            return here.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        }
        if (text.length() > MOST_CHARACTERS) {
            throw new Refused(dateTimeExample(direction));
        }
        LocalDate day = here.toLocalDate();
        String timeTyped = text;
        Matcher date = DATE_TYPED.matcher(text);
        if (date.lookingAt()) {
            day = date(date, direction, day);
            timeTyped = afterDate(date, text.substring(date.end()), direction);
        }
        LocalTime time;
        if (timeTyped != null) {
            time = time(timeTyped, direction);
        } else if (direction == Direction.PAST) {
            throw new Refused("Enter the time as well, such as " + DATE.format(day) + " 14:30");
        } else {
            time = DEFAULT_FUTURE_TIME;
        }
        return existing(day.atTime(time));
    }

    /**
     * The day {@code typed} means, {@code now} being the present (today is the UK date at that instant).
     *
     * @throws Refused if the text is not understood or names no real date
     */
    public static LocalDate date(String typed, Direction direction, ZonedDateTime now) {
        LocalDate today = now.withZoneSameInstant(HelplineTime.ZONE).toLocalDate();
        String text = normalised(typed);
        Matcher typedDate = text.length() > MOST_CHARACTERS ? null : DATE_TYPED.matcher(text);
        if (typedDate == null || !typedDate.matches()) {
            throw new Refused(dateExample(direction));
        }
        return date(typedDate, direction, today);
    }

    /** "25/12/2026 14:30"; empty for none. */
    public static String format(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    /** "25/12/2026"; empty for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** What to type in a date-and-time field: the message for text that is refused as not understood. */
    public static String dateTimeExample(Direction direction) {
        return "Enter a date and time such as 25/12/2026 14:30 or "
                + (direction == Direction.PAST ? "yesterday 16:00" : "tomorrow 10");
    }

    /** What to type in a date field. */
    public static String dateExample(Direction direction) {
        return "Enter a date such as 25/12/2026 or " + (direction == Direction.PAST ? "yesterday" : "tomorrow");
    }

    private static String normalised(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static LocalDate date(Matcher typed, Direction direction, LocalDate today) {
        if (typed.group("iso") != null) {
            return realDate(Integer.parseInt(typed.group("iso")), number(typed, "isoMonth"), number(typed, "isoDay"),
                    typed.group());
        }
        if (typed.group("word") != null) {
            return switch (typed.group("word")) {
                case "today" -> today;
                case "tomorrow" -> today.plusDays(1);
                default -> today.minusDays(1);
            };
        }
        if (typed.group("weekday") != null) {
            DayOfWeek day = WEEKDAYS.get(typed.group("weekday"));
            return today.with(direction == Direction.PAST ? TemporalAdjusters.previousOrSame(day)
                    : TemporalAdjusters.nextOrSame(day));
        }
        int dayOfMonth = number(typed, "day");
        int month = number(typed, "month");
        String year = typed.group("year");
        String asTyped = typed.group();
        if (year != null) {
            return realDate(year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year), month,
                    dayOfMonth, asTyped);
        }
        return nearest(dayOfMonth, month, direction, today, asTyped);
    }

    /** The day and month in the nearest year that has it, this year first; 29 February looks up to 8 years. */
    private static LocalDate nearest(int dayOfMonth, int month, Direction direction, LocalDate today, String asTyped) {
        int step = direction == Direction.PAST ? -1 : 1;
        for (int years = 0; years <= 8; years++) {
            int year = today.getYear() + step * years;
            try {
                LocalDate candidate = LocalDate.of(year, month, dayOfMonth);
                if (direction == Direction.PAST ? !candidate.isAfter(today) : !candidate.isBefore(today)) {
                    return candidate;
                }
            } catch (DateTimeException noSuchDayThatYear) {
                // 29 February in a year that is not a leap year: look at the next one.
            }
        }
        throw new Refused("There is no such date as " + asTyped);
    }

    private static LocalDate realDate(int year, int month, int dayOfMonth, String asTyped) {
        try {
            return LocalDate.of(year, month, dayOfMonth);
        } catch (DateTimeException e) {
            throw new Refused("There is no such date as " + asTyped);
        }
    }

    /** The text of the time after a date, or null if the date is all there is. */
    private static String afterDate(Matcher date, String rest, Direction direction) {
        if (rest.isEmpty()) {
            return null;
        }
        if (date.group("iso") != null && rest.startsWith("t")) {
            return rest.substring(1);
        }
        Matcher between = BETWEEN.matcher(rest);
        if (!between.lookingAt()) {
            throw new Refused(dateTimeExample(direction));
        }
        return rest.substring(between.end());
    }

    private static LocalTime time(String typed, Direction direction) {
        Matcher time = TIME_TYPED.matcher(typed);
        if (!time.matches()) {
            throw new Refused(dateTimeExample(direction));
        }
        if (time.group("noon") != null) {
            return LocalTime.NOON;
        }
        int hour = number(time, "hour");
        int minute = time.group("minute") == null ? 0 : number(time, "minute");
        String half = time.group("half");
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new Refused(dateTimeExample(direction));
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            throw new Refused(dateTimeExample(direction));
        }
        return LocalTime.of(hour, minute);
    }

    /** The time itself, or refused if the clocks skip it in the UK (the spring change). */
    private static LocalDateTime existing(LocalDateTime local) {
        ZoneOffsetTransition change = HelplineTime.ZONE.getRules().getTransition(local);
        if (change != null && change.isGap()) {
            throw new Refused("There is no " + TIME.format(local) + " on " + DATE.format(local)
                    + " in UK time: the clocks go forward from " + TIME.format(change.getDateTimeBefore()) + " to "
                    + TIME.format(change.getDateTimeAfter()));
        }
        return local;
    }

    private static int number(Matcher typed, String group) {
        return Integer.parseInt(typed.group(group));
    }
}
