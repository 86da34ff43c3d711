package org.helpline.callers;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.InvalidInputsException;
import org.helpline.shared.forms.FieldRefusal;

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
        List<FieldRefusal> refusals = refusals();
        if (!refusals.isEmpty()) {
            throw new InvalidInputsException(refusals);
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (String phone : phones) {
            if (blankToNull(phone) != null) {
                numbers.add(PhoneNumber.normalise(phone));
            }
        }
        String mail = blankToNull(email);
        return new CallerDetails(blankToNull(fullName), new ArrayList<>(numbers),
                mail == null ? null : mail.toLowerCase(Locale.ROOT), district(postcodeDistrict), msType, diagnosisYear,
                preferredContactMethod, blankToNull(preferredTimes));
    }

    /** Every rule these details break, each at its field, found at once; none when they may be kept. */
    public List<FieldRefusal> refusals() {
        List<FieldRefusal> refusals = new ArrayList<>();
        String name = blankToNull(fullName);
        if (name != null && name.length() > 200) {
            refusals.add(new FieldRefusal("fullName", "A name can be at most 200 characters"));
        }
        boolean anyPhone = false;
        for (String phone : phones) {
            if (blankToNull(phone) != null) {
                anyPhone = true;
                try {
                    PhoneNumber.normalise(phone);
                } catch (InvalidInputException refused) {
                    refusals.add(new FieldRefusal(refused.getField(), refused.getMessage()));
                }
            }
        }
        String mail = blankToNull(email);
        if (mail != null && (mail.length() > 254 || !EMAIL.matcher(mail.toLowerCase(Locale.ROOT)).matches())) {
            refusals.add(new FieldRefusal("email", "Enter an email address such as name@example.org"));
        }
        String postcode = blankToNull(postcodeDistrict);
        if (postcode != null) {
            String upper = postcode.toUpperCase(Locale.ROOT);
            if (!FULL_POSTCODE.matcher(upper).matches() && !DISTRICT.matcher(upper).matches()) {
                refusals.add(new FieldRefusal("postcodeDistrict", "Enter the first part of the postcode, such as SW1A or M1"));
            }
        }
        if (diagnosisYear != null && (diagnosisYear < 1940 || diagnosisYear > Year.now().getValue())) {
            refusals.add(new FieldRefusal("diagnosisYear", "Enter the year of diagnosis between 1940 and " + Year.now().getValue()));
        }
        String times = blankToNull(preferredTimes);
        if (times != null && times.length() > 200) {
            refusals.add(new FieldRefusal("preferredTimes", "Preferred times can be at most 200 characters"));
        }
        if (name == null && !anyPhone && mail == null) {
            refusals.add(new FieldRefusal("fullName", "To keep a caller's details, enter at least a name, a phone number or an email"));
        }
        return refusals;
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
        return upper;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
