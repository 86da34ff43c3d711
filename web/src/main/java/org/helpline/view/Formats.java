package org.helpline.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.helpline.security.Role;
import org.helpline.security.UserAccount;
import org.helpline.shared.HelplineTime;

/** How pages show dates, times and roles: the helpline works in UK time. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(HelplineTime.ZONE);

    private Formats() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK).withZone(HelplineTime.ZONE);

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public static String roles(UserAccount account) {
        return account.getRoles().stream().sorted().map(Formats::roleLabel).collect(Collectors.joining(", "));
    }

    /** "Adviser", "Supervisor", "Admin", "Manager". */
    public static String roleLabel(Role role) {
        return role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.UK);
    }
}
