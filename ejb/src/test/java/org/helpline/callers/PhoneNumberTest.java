package org.helpline.callers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "+44 7700 900123", "447700900123", "0044 7700 900123",
            "+44 (0)7700 900123", "(07700) 900-123", " 07700.900.123 ", "7700 900123", "+44\u00a07700\u00a0900123"})
    void ukMobileWrittenAnyWayIsOneNumber(String written) {
        assertEquals("+447700900123", PhoneNumber.normalise(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"020 7946 0018", "02079460018", "+44 20 7946 0018", "+44 (0)20 7946 0018", "2079460018",
            "0044 20 7946 0018", "020-7946-0018"})
    void ukLandlines(String written) {
        assertEquals("+442079460018", PhoneNumber.normalise(written));
    }

    /** Non-geographic UK numbers, Ofcom's numbers for drama (some of which libphonenumber calls invalid), other countries'. */
    @ParameterizedTest
    @CsvSource({"0808 800 8000, +448088008000", "0800 123 4567, +448001234567", "0800 1111, +448001111",
            "0300 123 1233, +443001231233", "0345 300 0000, +443453000000", "0845 123 4567, +448451234567",
            "070 1234 5678, +447012345678",
            "07700 900000, +447700900000", "07700 900999, +447700900999", "01632 960000, +441632960000",
            "0113 496 0000, +441134960000", "0131 496 0000, +441314960000", "020 7946 0999, +442079460999",
            "0808 157 0123, +448081570123",
            "'+33 1 23 45 67 89', +33123456789", "'0033 1 23 45 67 89', +33123456789",
            "'+33 6 12 34 56 78', +33612345678", "'+353 1 234 5678', +35312345678", "'00353 1 234 5678', +35312345678",
            "'+1 415 555 2671', +14155552671", "'+39 06 1234 5678', +390612345678", "'+49 30 123456', +4930123456"})
    void numbersOfEveryKind(String written, String e164) {
        assertEquals(e164, PhoneNumber.normalise(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "Jo Smith", "0770", "07700 900123 ext 4", "07700 900123 x4",
            "+44 7700 9001234567", "123456789012345678", "O7700 900123", "+999 1234567", "116 123", "999", "07#00 900123"})
    void notPhoneNumbers(String written) {
        assertTrue(PhoneNumber.tryNormalise(written).isEmpty());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PhoneNumber.normalise(written));
        assertEquals("phone", e.getField());
    }

    /** What the look-up sees while the adviser types a number: nothing is a number until it is all there. */
    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "+44 7700 900123", "020 7946 0018", "0808 800 8000", "0300 123 1233",
            "+33 1 23 45 67 89", "01632 960123"})
    void theFirstDigitsOfANumberAreNotANumber(String number) {
        String digitsAndSpaces = number;
        for (int end = 1; end < digitsAndSpaces.length(); end++) {
            String typed = digitsAndSpaces.substring(0, end);
            assertTrue(PhoneNumber.tryNormalise(typed).isEmpty(), typed);
        }
        assertTrue(PhoneNumber.tryNormalise(number).isPresent());
    }

    @Test
    void nullIsNotANumber() {
        assertTrue(PhoneNumber.tryNormalise(null).isEmpty());
        assertEquals(null, PhoneNumber.display(null));
    }

    @ParameterizedTest
    @CsvSource({"07700 900123, 07700 900123", "7700900123, 07700 900123", "+44 (0)20 7946 0000, 020 7946 0000",
            "0808 800 8000, 0808 800 8000", "0800 1111, 0800 1111", "0300 123 1233, 0300 123 1233",
            "01632 960000, 01632 960000", "0113 496 0000, 0113 496 0000"})
    void ukNumbersDisplayAsPeopleHereWriteThem(String written, String shown) {
        assertEquals(shown, PhoneNumber.display(PhoneNumber.normalise(written)));
    }

    @ParameterizedTest
    @CsvSource({"0033 1 23 45 67 89, +33 1 23 45 67 89", "00353 1 234 5678, +353 1 234 5678",
            "+1 415 555 2671, +1 415-555-2671"})
    void otherCountriesDisplayInInternationalForm(String written, String shown) {
        assertEquals(shown, PhoneNumber.display(PhoneNumber.normalise(written)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+4477009", "withheld", "+999123"})
    void whatIsNotANumberDisplaysAsItIs(String stored) {
        assertEquals(stored, PhoneNumber.display(stored));
    }
}
