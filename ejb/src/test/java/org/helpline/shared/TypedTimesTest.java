package org.helpline.shared;

import static org.helpline.shared.TypedTimes.Direction.FUTURE;
import static org.helpline.shared.TypedTimes.Direction.PAST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.helpline.shared.TypedTimes.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedTimesTest {

    /** Wednesday 15 April 2026, 11:20:45 in London (British Summer Time). */
    private static final ZonedDateTime WEDNESDAY = uk("2026-04-15T11:20:45");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "25/12/2026 14:30   | 2026-12-25T14:30",
        "5/1/2027 9:05      | 2027-01-05T09:05",
        "05/01/2027 09:05   | 2027-01-05T09:05",
        "25/12/26 14:30     | 2026-12-25T14:30",
        "25-12-2026 14:30   | 2026-12-25T14:30",
        "25/12/2026, 14:30  | 2026-12-25T14:30",
        "25/12/2026 at 4pm  | 2026-12-25T16:00",
        "2026-12-25T14:30   | 2026-12-25T14:30",
        "2026-12-25 14:30   | 2026-12-25T14:30",
        "14:30              | 2026-04-15T14:30",
        "9.30               | 2026-04-15T09:30",
        "16                 | 2026-04-15T16:00",
        "0                  | 2026-04-15T00:00",
        "4pm                | 2026-04-15T16:00",
        "4 PM               | 2026-04-15T16:00",
        "4:30pm             | 2026-04-15T16:30",
        "4.30 pm            | 2026-04-15T16:30",
        "11:59am            | 2026-04-15T11:59",
        "12am               | 2026-04-15T00:00",
        "12pm               | 2026-04-15T12:00",
        "12:15 am           | 2026-04-15T00:15",
        "midday             | 2026-04-15T12:00",
        "noon               | 2026-04-15T12:00",
        "today 16:00        | 2026-04-15T16:00",
        "Today 16:00        | 2026-04-15T16:00",
        "tomorrow 10        | 2026-04-16T10:00",
        "  tomorrow   10    | 2026-04-16T10:00",
        "tomorrow at 10     | 2026-04-16T10:00",
        "tomorrow, 10:30    | 2026-04-16T10:30",
        "yesterday 9:15     | 2026-04-14T09:15",
        "12/04/2026 04:42 PM| 2026-04-12T16:42",
    })
    void understandsWhatAdvisersType(String typed, String expected) {
        LocalDateTime meant = LocalDateTime.parse(expected);
        assertEquals(meant, TypedTimes.dateTime(typed, FUTURE, WEDNESDAY), typed + ", looking ahead");
        assertEquals(meant, TypedTimes.dateTime(typed, PAST, WEDNESDAY), typed + ", looking back");
    }

    @Test
    void nowIsThisMinuteInTheUk() {
        assertEquals(LocalDateTime.parse("2026-04-15T11:20"), TypedTimes.dateTime("now", PAST, WEDNESDAY));
        assertEquals(LocalDateTime.parse("2026-04-15T11:20"), TypedTimes.dateTime(" NOW ", FUTURE, WEDNESDAY));
    }

    @Test
    void todayIsTheUkDateWhateverZoneNowIsGivenIn() {
        // 23:30 UTC on the 15th is 00:30 on the 16th in London in summer.
        ZonedDateTime lateUtc = ZonedDateTime.of(2026, 4, 15, 23, 30, 0, 0, ZoneOffset.UTC);
        assertEquals(LocalDateTime.parse("2026-04-16T09:00"), TypedTimes.dateTime("9:00", PAST, lateUtc));
        assertEquals(LocalDateTime.parse("2026-04-16T00:30"), TypedTimes.dateTime("now", PAST, lateUtc));
        assertEquals(LocalDate.parse("2026-04-16"), TypedTimes.date("today", FUTURE, lateUtc));
    }

    @ParameterizedTest
    @CsvSource({
        "25/12 14:30, 2026-12-25T14:30, 2025-12-25T14:30",
        "1/1 9,       2027-01-01T09:00, 2026-01-01T09:00",
        "15/4 9:00,   2026-04-15T09:00, 2026-04-15T09:00",
        "14/4 9:00,   2027-04-14T09:00, 2026-04-14T09:00",
        "16/4 9:00,   2026-04-16T09:00, 2025-04-16T09:00",
    })
    void aDateWithoutItsYearIsTheNearestOneInTheDirectionTodayIncluded(String typed, String ahead, String back) {
        assertEquals(LocalDateTime.parse(ahead), TypedTimes.dateTime(typed, FUTURE, WEDNESDAY));
        assertEquals(LocalDateTime.parse(back), TypedTimes.dateTime(typed, PAST, WEDNESDAY));
    }

    @ParameterizedTest
    @CsvSource({
        "mon,       2026-04-20, 2026-04-13",
        "monday,    2026-04-20, 2026-04-13",
        "tue,       2026-04-21, 2026-04-14",
        "tues,      2026-04-21, 2026-04-14",
        "tuesday,   2026-04-21, 2026-04-14",
        "wed,       2026-04-15, 2026-04-15",
        "weds,      2026-04-15, 2026-04-15",
        "wednesday, 2026-04-15, 2026-04-15",
        "thu,       2026-04-16, 2026-04-09",
        "thur,      2026-04-16, 2026-04-09",
        "thurs,     2026-04-16, 2026-04-09",
        "thursday,  2026-04-16, 2026-04-09",
        "fri,       2026-04-17, 2026-04-10",
        "friday,    2026-04-17, 2026-04-10",
        "sat,       2026-04-18, 2026-04-11",
        "saturday,  2026-04-18, 2026-04-11",
        "sun,       2026-04-19, 2026-04-12",
        "sunday,    2026-04-19, 2026-04-12",
        "SUNDAY,    2026-04-19, 2026-04-12",
    })
    void aDayNameIsTheNearestSuchDayInTheDirectionTodayIncluded(String typed, String ahead, String back) {
        assertEquals(LocalDate.parse(ahead), TypedTimes.date(typed, FUTURE, WEDNESDAY));
        assertEquals(LocalDate.parse(back), TypedTimes.date(typed, PAST, WEDNESDAY));
        assertEquals(LocalDate.parse(ahead).atTime(9, 30), TypedTimes.dateTime(typed + " 9:30", FUTURE, WEDNESDAY));
        assertEquals(LocalDate.parse(back).atTime(9, 30), TypedTimes.dateTime(typed + " 9:30", PAST, WEDNESDAY));
    }

    @Test
    void dayNamesAcrossTheWeekendBoundary() {
        ZonedDateTime sundayNight = uk("2026-04-19T23:59:00");
        assertEquals(LocalDate.parse("2026-04-20"), TypedTimes.date("mon", FUTURE, sundayNight), "tomorrow");
        assertEquals(LocalDate.parse("2026-04-13"), TypedTimes.date("mon", PAST, sundayNight), "six days ago");
        assertEquals(LocalDate.parse("2026-04-19"), TypedTimes.date("sun", FUTURE, sundayNight), "today");
        assertEquals(LocalDate.parse("2026-04-19"), TypedTimes.date("sun", PAST, sundayNight), "today");
        assertEquals(LocalDate.parse("2026-04-25"), TypedTimes.date("sat", FUTURE, sundayNight));
        assertEquals(LocalDate.parse("2026-04-18"), TypedTimes.date("sat", PAST, sundayNight), "yesterday");

        ZonedDateTime mondayMorning = uk("2026-04-20T00:01:00");
        assertEquals(LocalDate.parse("2026-04-19"), TypedTimes.date("sun", PAST, mondayMorning), "yesterday");
        assertEquals(LocalDate.parse("2026-04-26"), TypedTimes.date("sun", FUTURE, mondayMorning));
        assertEquals(LocalDate.parse("2026-04-20"), TypedTimes.date("mon", PAST, mondayMorning), "today");
        assertEquals(LocalDate.parse("2026-04-20"), TypedTimes.date("mon", FUTURE, mondayMorning), "today");
    }

    @Test
    void aDateAloneIsTenOClockLookingAheadAndRefusedLookingBack() {
        assertEquals(LocalDateTime.parse("2026-04-16T10:00"), TypedTimes.dateTime("tomorrow", FUTURE, WEDNESDAY));
        assertEquals(LocalDateTime.parse("2026-12-25T10:00"), TypedTimes.dateTime("25/12/2026", FUTURE, WEDNESDAY));
        assertEquals(LocalDateTime.parse("2026-04-17T10:00"), TypedTimes.dateTime("fri", FUTURE, WEDNESDAY));
        assertEquals(LocalDateTime.parse("2026-12-25T10:00"), TypedTimes.dateTime("2026-12-25", FUTURE, WEDNESDAY));
        assertEquals("Enter the time as well, such as 14/04/2026 14:30",
                refusedDateTime("yesterday", PAST, WEDNESDAY));
        assertEquals("Enter the time as well, such as 10/04/2026 14:30", refusedDateTime("fri", PAST, WEDNESDAY));
    }

    @Test
    void theHourTheClocksSkipInSpringIsRefusedNotMoved() {
        String skipped = "There is no 01:30 on 29/03/2026 in UK time: the clocks go forward from 01:00 to 02:00";
        assertEquals(skipped, refusedDateTime("29/03/2026 01:30", FUTURE, uk("2026-03-20T12:00:00")));
        assertEquals(skipped, refusedDateTime("29/03/2026 01:30", PAST, uk("2026-04-20T12:00:00")));
        assertEquals("There is no 01:00 on 29/03/2026 in UK time: the clocks go forward from 01:00 to 02:00",
                refusedDateTime("29/03/2026 1am", FUTURE, uk("2026-03-20T12:00:00")));
        ZonedDateTime springMorning = uk("2026-03-29T03:00:00");
        assertEquals(skipped, refusedDateTime("1:30", PAST, springMorning));
        assertEquals(skipped, refusedDateTime("today 1:30", PAST, springMorning));
        assertEquals(LocalDateTime.parse("2026-03-29T00:59"), TypedTimes.dateTime("00:59", PAST, springMorning));
        assertEquals(LocalDateTime.parse("2026-03-29T02:00"), TypedTimes.dateTime("2:00", PAST, springMorning));
        assertEquals(LocalDateTime.parse("2026-03-29T03:00"), TypedTimes.dateTime("now", PAST, springMorning));
        assertEquals(LocalDateTime.parse("2026-03-29T10:00"), TypedTimes.dateTime("today", FUTURE, springMorning));
    }

    @Test
    void theHourThatHappensTwiceInAutumnIsTheFirstOfTheTwo() {
        LocalDateTime twice = TypedTimes.dateTime("25/10/2026 01:30", FUTURE, uk("2026-10-20T12:00:00"));
        assertEquals(LocalDateTime.parse("2026-10-25T01:30"), twice);
        assertEquals(ZoneOffset.ofHours(1), twice.atZone(HelplineTime.ZONE).getOffset(), "British Summer Time");
        ZonedDateTime autumnMorning = uk("2026-10-25T09:00:00");
        assertEquals(LocalDateTime.parse("2026-10-25T02:00"), TypedTimes.dateTime("2:00", PAST, autumnMorning));
        assertEquals(LocalDateTime.parse("2026-10-24T23:00"), TypedTimes.dateTime("yesterday 23:00", PAST,
                autumnMorning));
    }

    @Test
    void leapDays() {
        assertEquals(LocalDateTime.parse("2028-02-29T10:00"), TypedTimes.dateTime("29/02/2028 10:00", FUTURE,
                WEDNESDAY));
        assertEquals(LocalDate.parse("2024-02-29"), TypedTimes.date("29/02/24", PAST, WEDNESDAY));
        assertEquals("There is no such date as 29/02/2027", refusedDateTime("29/02/2027 10:00", FUTURE, WEDNESDAY));
        assertEquals("There is no such date as 29/2/2026", refusedDate("29/2/2026", PAST, WEDNESDAY));
        // Without a year: the nearest 29 February that there is, this way.
        assertEquals(LocalDate.parse("2028-02-29"), TypedTimes.date("29/2", FUTURE, WEDNESDAY));
        assertEquals(LocalDate.parse("2024-02-29"), TypedTimes.date("29/2", PAST, WEDNESDAY));
        assertEquals(LocalDate.parse("2028-02-29"), TypedTimes.date("29/2", PAST, uk("2028-02-29T08:00:00")),
                "today");
        assertEquals(LocalDate.parse("2028-03-01"), TypedTimes.date("tomorrow", FUTURE, uk("2028-02-29T08:00:00")));
        assertEquals(LocalDate.parse("2028-02-29"), TypedTimes.date("yesterday", PAST, uk("2028-03-01T08:00:00")));
    }

    @Test
    void aDateFieldTakesDatesOnly() {
        assertEquals(LocalDate.parse("2026-12-25"), TypedTimes.date("25/12/2026", FUTURE, WEDNESDAY));
        assertEquals(LocalDate.parse("2026-12-25"), TypedTimes.date(" 25-12-26 ", FUTURE, WEDNESDAY));
        assertEquals(LocalDate.parse("2026-12-25"), TypedTimes.date("2026-12-25", FUTURE, WEDNESDAY));
        assertEquals(LocalDate.parse("2026-12-25"), TypedTimes.date("25/12", FUTURE, WEDNESDAY));
        assertEquals(LocalDate.parse("2025-12-25"), TypedTimes.date("25/12", PAST, WEDNESDAY));
        assertEquals(LocalDate.parse("2026-04-15"), TypedTimes.date("today", PAST, WEDNESDAY));
        assertEquals(LocalDate.parse("2026-04-16"), TypedTimes.date("Tomorrow", FUTURE, WEDNESDAY));
        assertEquals(LocalDate.parse("2026-04-14"), TypedTimes.date("yesterday", PAST, WEDNESDAY));
        assertEquals("Enter a date such as 25/12/2026 or tomorrow", refusedDate("25/12/2026 10:00", FUTURE, WEDNESDAY));
        assertEquals("Enter a date such as 25/12/2026 or yesterday", refusedDate("now", PAST, WEDNESDAY));
        assertEquals("Enter a date such as 25/12/2026 or yesterday", refusedDate("14:30", PAST, WEDNESDAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "soon", "tomorrow-ish", "tomorrow10", "25/12/202614:30", "25/12/2026 14:30:00",
        "24:00", "9:60", "9:5", "13pm", "0am", "4 p.m.", "100", "25.12.2026", "2026/12/25", "25/12/2026 14:30 pm",
        "1/2 2026", "monkey 9", "mon day", "sunday9", "next monday", "tonight 7", "10 tomorrow", "-1", "1e3",
        "2026-12-25t", "<script>", "'; drop table contact; --", "٢٥/١٢/٢٠٢٦ ١٤:٣٠"})
    void anythingElseIsRefusedWithWhatToType(String typed) {
        assertEquals("Enter a date and time such as 25/12/2026 14:30 or tomorrow 10",
                refusedDateTime(typed, FUTURE, WEDNESDAY));
        assertEquals("Enter a date and time such as 25/12/2026 14:30 or yesterday 16:00",
                refusedDateTime(typed, PAST, WEDNESDAY));
    }

    @Test
    void datesThatDoNotExistAreRefusedByName() {
        assertEquals("There is no such date as 31/04/2026", refusedDateTime("31/04/2026 10:00", FUTURE, WEDNESDAY));
        assertEquals("There is no such date as 31/4", refusedDateTime("31/4 10:00", FUTURE, WEDNESDAY));
        assertEquals("There is no such date as 25/13/2026", refusedDate("25/13/2026", FUTURE, WEDNESDAY));
        assertEquals("There is no such date as 0/1/2026", refusedDate("0/1/2026", FUTURE, WEDNESDAY));
        assertEquals("There is no such date as 2026-02-30", refusedDate("2026-02-30", FUTURE, WEDNESDAY));
        assertEquals("There is no such date as 2026-13-45", refusedDate("2026-13-45", FUTURE, WEDNESDAY));
    }

    @Test
    void nothingTypedAndVeryLongTextAreRefusedWithoutWork() {
        assertEquals("Enter a date such as 25/12/2026 or tomorrow", refusedDate(null, FUTURE, WEDNESDAY));
        assertEquals("Enter a date and time such as 25/12/2026 14:30 or tomorrow 10",
                refusedDateTime(null, FUTURE, WEDNESDAY));
        String huge = "1".repeat(20_000);
        assertEquals("Enter a date and time such as 25/12/2026 14:30 or tomorrow 10",
                refusedDateTime(huge, FUTURE, WEDNESDAY));
        assertEquals("Enter a date such as 25/12/2026 or tomorrow", refusedDate(huge, FUTURE, WEDNESDAY));
    }

    @Test
    void formatsInUkOrderAndReadsItsOwnFormatBack() {
        LocalDateTime due = LocalDateTime.parse("2027-01-05T09:05");
        assertEquals("05/01/2027 09:05", TypedTimes.format(due));
        assertEquals("05/01/2027", TypedTimes.format(due.toLocalDate()));
        assertEquals("", TypedTimes.format((LocalDateTime) null));
        assertEquals("", TypedTimes.format((LocalDate) null));
        assertEquals(due, TypedTimes.dateTime(TypedTimes.format(due), PAST, WEDNESDAY));
        assertEquals(due.toLocalDate(), TypedTimes.date(TypedTimes.format(due.toLocalDate()), PAST, WEDNESDAY));
    }

    private static String refusedDateTime(String typed, Direction direction, ZonedDateTime now) {
        return assertThrows(TypedTimes.Refused.class, () -> TypedTimes.dateTime(typed, direction, now),
                () -> "accepted: " + typed).getMessage();
    }

    private static String refusedDate(String typed, Direction direction, ZonedDateTime now) {
        return assertThrows(TypedTimes.Refused.class, () -> TypedTimes.date(typed, direction, now),
                () -> "accepted: " + typed).getMessage();
    }

    private static ZonedDateTime uk(String local) {
        return LocalDateTime.parse(local).atZone(HelplineTime.ZONE);
    }
}
