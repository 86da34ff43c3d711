package org.helpline.callers;

import java.util.Optional;
import java.util.regex.Pattern;

import org.helpline.shared.InvalidInputException;

/**
 * Phone numbers in E.164 form ({@code +447700900123}), so that the ways callers and advisers write a
 * UK number ("07700 900123", "+44 7700 900123", "447700900123", "0044 7700 900123") all match.
 */
public final class PhoneNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PhoneNumber() {
    }

    /**
     * @return the number in E.164 form
     * @throws InvalidInputException (field {@code phone}) if it cannot be a phone number
     */
    public static String normalise(String raw) {
        return tryNormalise(raw).orElseThrow(() -> new InvalidInputException("phone",
                "Enter a phone number such as 07700 900123 or +44 7700 900123"));
    }

    public static Optional<String> tryNormalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(raw.strip()).replaceAll("");
        boolean plus = compact.startsWith("+");
        String digits = plus ? compact.substring(1) : compact;
        if (!DIGITS.matcher(digits).matches()) {
            return Optional.empty();
        }
        String e164;
        if (plus) {
            e164 = "+" + digits;
        } else if (digits.startsWith("00")) {
            e164 = "+" + digits.substring(2);
        } else if (digits.startsWith("44") && digits.length() == 12) {
            e164 = "+" + digits;
        } else if (digits.startsWith("0") && (digits.length() == 11 || digits.length() == 10)) {
            e164 = "+44" + digits.substring(1);
        } else {
            return Optional.empty();
        }
        if (e164.startsWith("+440")) {
            e164 = "+44" + e164.substring(4);
        }
        int length = e164.length() - 1;
        if (length < 8 || length > 15 || e164.startsWith("+0")) {
            return Optional.empty();
        }
        if (e164.startsWith("+44") && length != 12 && length != 11) {
            return Optional.empty();
        }
        return Optional.of(e164);
    }

    /** A UK number as people write it ({@code 07700 900123}); other countries stay in E.164. */
    public static String display(String e164) {
        if (e164 != null && e164.startsWith("+44") && e164.length() == 13) {
            String national = "0" + e164.substring(3);
            return national.substring(0, 5) + " " + national.substring(5);
        }
        return e164;
    }
}
