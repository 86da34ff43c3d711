package org.helpline.callers;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * Phone numbers as callers give them, read by Google's libphonenumber with the UK as the default region,
 * and kept in E.164 form ({@code +447700900123}) so that every way of writing a number matches: "07700
 * 900123", "7700 900123" (no leading 0), "+44 (0)7700 900123", "447700900123", "0044 7700 900123";
 * landlines ("020 7946 0018"), 0800, 0808, 0300 and 0345 numbers, and other countries' numbers ("+33 1 23 45
 * 67 89", "0033 1 23 45 67 89").
 *
 * <p>What counts as a number: the text has only digits, spaces, a leading {@code +} and the punctuation
 * people put in numbers ({@code ( ) - . /}), so a name, an extension ("ext 4") or a word is never taken
 * for one; and libphonenumber either calls it <em>valid</em> (it is in a range its country has given
 * out, of any kind: mobile, landline, freephone, UAN, …) or, for a number in a range it does not know,
 * it has the full length of a landline or mobile number in its country (ten digits after the 0 in the
 * UK) without a stray leading 0. The second rule is why Ofcom's numbers for drama, used all through the
 * demo data and the tests, count: libphonenumber calls 07700 900xxx and 01632 960xxx invalid (020 7946
 * 0xxx and the other drama landlines it calls valid); and it keeps a real caller's number from a range
 * opened after this library's release from being refused. {@code isPossibleNumber} alone would not do:
 * it takes the first digits of a number being typed ("020 7946 0", "07700 90012") for numbers of their own.
 */
public final class PhoneNumber {

    /** Where a number written without a country code is. */
    public static final String DEFAULT_REGION = "GB";

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final int UK = 44;
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9\\s\\u00a0()\\-./]+");

    private PhoneNumber() {
    }

    /**
     * @return the number in E.164 form
     * @throws InvalidInputException (field {@code phone}) if it cannot be a phone number
     */
    public static String normalise(String raw) {
        return tryNormalise(raw).orElseThrow(() -> new InvalidInputException("phone",
                UserText.of("caller.phone.format")));
    }

    /** The number in E.164 form, or nothing if the text is not a phone number (see the class's rules). */
    public static Optional<String> tryNormalise(String raw) {
        return parse(raw).map(number -> PHONES.format(number, PhoneNumberFormat.E164));
    }

    /**
     * A UK number as people here write it ({@code 07700 900123}, {@code 020 7946 0000}, {@code 0808 800
     * 8000}); another country's in international form ({@code +33 1 23 45 67 89}). Anything that is not a
     * number as {@link #tryNormalise} gives it (a value stored before these rules) is shown as it is.
     */
    public static String display(String e164) {
        if (e164 == null || !e164.startsWith("+")) {
            return e164;
        }
        return parse(e164).filter(number -> PHONES.format(number, PhoneNumberFormat.E164).equals(e164))
                .map(number -> PHONES.format(number, number.getCountryCode() == UK
                        ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL))
                .orElse(e164);
    }

    private static Optional<Phonenumber.PhoneNumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.isEmpty() || !PHONE_CHARACTERS.matcher(text).matches()) {
            return Optional.empty();
        }
        Phonenumber.PhoneNumber number;
        try {
            number = PHONES.parse(text, DEFAULT_REGION);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
        return PHONES.isValidNumber(number) || fullLengthInUnknownRange(number) ? Optional.of(number) : Optional.empty();
    }

    /**
     * A number libphonenumber does not know the range of, with as many digits as a landline or mobile
     * number in its country can have: one digit more would be too long.
     */
    private static boolean fullLengthInUnknownRange(Phonenumber.PhoneNumber number) {
        if (number.hasItalianLeadingZero() && number.isItalianLeadingZero()) {
            return false;
        }
        if (PHONES.isPossibleNumberForTypeWithReason(number, PhoneNumberType.FIXED_LINE_OR_MOBILE)
                != ValidationResult.IS_POSSIBLE) {
            return false;
        }
        Phonenumber.PhoneNumber longer = new Phonenumber.PhoneNumber().mergeFrom(number)
                .setNationalNumber(number.getNationalNumber() * 10);
        return PHONES.isPossibleNumberForTypeWithReason(longer, PhoneNumberType.FIXED_LINE_OR_MOBILE)
                == ValidationResult.TOO_LONG;
    }
}
