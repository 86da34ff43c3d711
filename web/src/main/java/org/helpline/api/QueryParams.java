package org.helpline.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * Query parameters read by hand rather than by JAX-RS conversion, which answers a number it cannot read
 * with 404; here a bad one is a 400 that names the parameter and says what it takes.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static int number(String value, String name, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, UserText.of("api.query.number", name, shorten(value)));
        }
    }

    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, UserText.of("api.query.date", name, shorten(value)));
        }
    }

    public static YearMonth month(String value, String name) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException(name, UserText.of("api.query.month", name, shorten(value)));
        }
    }

    public static <E extends Enum<E>> E choice(String value, String name, Class<E> type, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, UserText.of("api.query.choice", name, Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "))));
        }
    }

    private static String shorten(String value) {
        String v = value.strip();
        return '"' + (v.length() > 30 ? v.substring(0, 30) + "…" : v) + '"';
    }
}
