package org.helpline.callers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.helpline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class CallerDetailsTest {

    private static CallerDetails details(String name, List<String> phones, String email, String postcode, Integer year) {
        return new CallerDetails(name, phones, email, postcode, MsType.RELAPSING_REMITTING, year, ContactMethod.PHONE, null);
    }

    @Test
    void normalisesWhatIsKept() {
        CallerDetails valid = details(" Ann Lee ", List.of("07700 900123", "+44 7700 900123", ""), "Ann.Lee@Example.ORG",
                "sw1a 1aa", 2015).validated();
        assertEquals("Ann Lee", valid.fullName());
        assertEquals(List.of("+447700900123"), valid.phones());
        assertEquals("ann.lee@example.org", valid.email());
        assertEquals("SW1A", valid.postcodeDistrict(), "only the district of a full postcode is kept");
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertEquals("phone", field(details("Ann", List.of("not a number"), null, null, null)));
        assertEquals("email", field(details("Ann", List.of(), "ann@", null, null)));
        assertEquals("postcodeDistrict", field(details("Ann", List.of(), null, "12345", null)));
        assertEquals("diagnosisYear", field(details("Ann", List.of(), null, null, 3000)));
        assertEquals("fullName", field(details(" ", List.of(), "", null, null)), "something must identify the caller");
    }

    private static String field(CallerDetails details) {
        return assertThrows(InvalidInputException.class, details::validated).getField();
    }
}
