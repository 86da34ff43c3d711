package org.helpline.callers;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.helpline.shared.InvalidInputException;

/**
 * What a caller tells us about themselves, as typed. {@link #validated()} normalises it (phones to
 * E.164, email to lower case, postcode to its district) or names the field that is wrong.
 */
public record CallerDetails(
        String fullName,
        List<String> phones,
        String email,
        String postcodeDistrict,
        MsType msType,
        Integer diagnosisYear,
        ContactMethod preferredContactMethod,
        String preferredTimes) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    private static final Pattern FULL_POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*[0-9][A-Z]{2}");

    public CallerDetails {
        phones = phones == null ? List.of() : List.copyOf(phones);
    }

    /** The details in stored form; at least a name, a phone number or an email is needed. */
    public CallerDetails validated() {
        String name = blankToNull(fullName);
        if (name != null && name.length() > 200) {
            throw new InvalidInputException("fullName", "A name can be at most 200 characters");
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (String phone : phones) {
            if (blankToNull(phone) != null) {
                numbers.add(PhoneNumber.normalise(phone));
            }
        }
        String mail = blankToNull(email);
        if (mail != null) {
            mail = mail.toLowerCase(Locale.ROOT);
            if (mail.length() > 254 || !EMAIL.matcher(mail).matches()) {
                throw new InvalidInputException("email", "Enter an email address such as name@example.org");
            }
        }
        String district = district(postcodeDistrict);
        if (diagnosisYear != null && (diagnosisYear < 1940 || diagnosisYear > Year.now().getValue())) {
            throw new InvalidInputException("diagnosisYear",
                    "Enter the year of diagnosis between 1940 and " + Year.now().getValue());
        }
        String times = blankToNull(preferredTimes);
        if (times != null && times.length() > 200) {
            throw new InvalidInputException("preferredTimes", "Preferred times can be at most 200 characters");
        }
        if (name == null && numbers.isEmpty() && mail == null) {
            throw new InvalidInputException("fullName",
                    "To keep a caller's details, enter at least a name, a phone number or an email");
        }
        return new CallerDetails(name, new ArrayList<>(numbers), mail, district, msType, diagnosisYear,
                preferredContactMethod, times);
    }

    /** Only the district ("SW1A") is kept: a full postcode is cut down to it. */
    private static String district(String postcode) {
        String value = blankToNull(postcode);
        if (value == null) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT).strip();
        var full = FULL_POSTCODE.matcher(upper);
        if (full.matches()) {
            return full.group(1);
        }
        if (!DISTRICT.matcher(upper).matches()) {
            throw new InvalidInputException("postcodeDistrict", "Enter the first part of the postcode, such as SW1A or M1");
        }
        return upper;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
