package org.helpline.callers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpline.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "+44 7700 900123", "447700900123", "0044 7700 900123",
            "+44 (0)7700 900123", "(07700) 900-123", " 07700.900.123 "})
    void ukMobileWrittenAnyWayIsOneNumber(String written) {
        assertEquals("+447700900123", PhoneNumber.normalise(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"020 7946 0018", "02079460018", "+44 20 7946 0018"})
    void ukLandlines(String written) {
        assertEquals("+442079460018", PhoneNumber.normalise(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+353 1 234 5678", "00353 1 234 5678"})
    void otherCountriesKeepTheirCode(String written) {
        assertEquals("+35312345678", PhoneNumber.normalise(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "0770", "07700 900123 ext 4", "+44 7700 9001234567", "123456789012345678"})
    void notPhoneNumbers(String written) {
        assertTrue(PhoneNumber.tryNormalise(written).isEmpty());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PhoneNumber.normalise(written));
        assertEquals("phone", e.getField());
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123"})
    void ukNumbersDisplayAsWritten(String written) {
        assertEquals("07700 900123", PhoneNumber.display(PhoneNumber.normalise(written)));
    }
}
