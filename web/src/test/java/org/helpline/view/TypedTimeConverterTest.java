package org.helpline.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.convert.ConverterException;

import org.helpline.shared.HelplineTime;
import org.junit.jupiter.api.Test;

/** The page side of typed dates: which way each converter looks, what it shows, and the message it refuses with. */
class TypedTimeConverterTest {

    @Test
    void eachConverterLooksItsOwnWayFromTodayInTheUk() {
        LocalDate today = LocalDate.now(HelplineTime.CLOCK);
        assertEquals(today.plusDays(1).atTime(10, 0),
                new TypedTimeConverter.FutureDateTime().getAsObject(null, null, "tomorrow 10"));
        assertEquals(today.minusDays(1).atTime(9, 15),
                new TypedTimeConverter.PastDateTime().getAsObject(null, null, " yesterday 9:15 "));
        assertEquals(today.plusDays(1).atTime(10, 0),
                new TypedTimeConverter.FutureDateTime().getAsObject(null, null, "tomorrow"), "a day alone: 10:00");
        LocalDate newYearsDay = today.withDayOfYear(1);
        assertEquals(newYearsDay, new TypedTimeConverter.PastDate().getAsObject(null, null, "1/1"));
        assertEquals(today.equals(newYearsDay) ? today : newYearsDay.plusYears(1),
                new TypedTimeConverter.FutureDate().getAsObject(null, null, "1/1"));
    }

    @Test
    void nothingTypedIsNoValueSoRequiredDecides() {
        assertNull(new TypedTimeConverter.PastDateTime().getAsObject(null, null, null));
        assertNull(new TypedTimeConverter.FutureDate().getAsObject(null, null, "   "));
    }

    @Test
    void refusedTextGivesTheMessageSayingWhatToType() {
        ConverterException refused = assertThrows(ConverterException.class,
                () -> new TypedTimeConverter.FutureDateTime().getAsObject(null, null, "next tuesday"));
        FacesMessage message = refused.getFacesMessage();
        assertEquals(FacesMessage.SEVERITY_ERROR, message.getSeverity());
        assertEquals("Enter a date and time such as 25/12/2026 14:30 or tomorrow 10", message.getDetail());
        assertEquals("Enter a date such as 25/12/2026 or yesterday", assertThrows(ConverterException.class,
                () -> new TypedTimeConverter.PastDate().getAsObject(null, null, "14:30")).getFacesMessage().getDetail());
        assertEquals("There is no 01:30 on 28/03/2027 in UK time: the clocks go forward from 01:00 to 02:00",
                assertThrows(ConverterException.class, () -> new TypedTimeConverter.FutureDateTime()
                        .getAsObject(null, null, "28/03/2027 01:30")).getFacesMessage().getDetail());
    }

    @Test
    void showsUkOrder() {
        assertEquals("05/01/2027 09:05",
                new TypedTimeConverter.FutureDateTime().getAsString(null, null, LocalDateTime.of(2027, 1, 5, 9, 5)));
        assertEquals("05/01/2027", new TypedTimeConverter.PastDate().getAsString(null, null, LocalDate.of(2027, 1, 5)));
        assertEquals("", new TypedTimeConverter.PastDate().getAsString(null, null, null));
    }
}
