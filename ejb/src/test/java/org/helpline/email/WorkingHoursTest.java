package org.helpline.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.helpline.shared.HelplineTime;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    private static Instant uk(String local) {
        return LocalDateTime.parse(local).atZone(HelplineTime.ZONE).toInstant();
    }

    private final WorkingHours hours = WorkingHours.DEFAULT;

    @Test
    void aFridayEveningEmailAnsweredOnMondayMorningWaitedOneWorkingHour() {
        // Friday 4 December 2026 at 21:42, answered Monday 7 December at 10:00.
        assertEquals(Duration.ofHours(1), hours.between(uk("2026-12-04T21:42"), uk("2026-12-07T10:00")));
    }

    @Test
    void withinOneDayOnlyTheOpenHoursCount() {
        assertEquals(Duration.ofMinutes(90), hours.between(uk("2026-12-07T08:00"), uk("2026-12-07T10:30")));
        assertEquals(Duration.ZERO, hours.between(uk("2026-12-07T18:00"), uk("2026-12-07T23:00")));
        assertEquals(Duration.ZERO, hours.between(uk("2026-12-07T12:00"), uk("2026-12-07T11:00")));
    }

    @Test
    void twoWorkingDaysAfterAFridayEveningIsTuesdayAtClose() {
        assertEquals(uk("2026-12-08T17:00"), hours.after(uk("2026-12-04T21:42"), Duration.ofHours(16)));
        assertEquals(uk("2026-12-09T10:30"), hours.after(uk("2026-12-07T10:30"), Duration.ofHours(16)));
    }

    @Test
    void theClockChangeDoesNotBendTheCount() {
        // Sunday 25 October 2026 the clocks went back; Monday's hours are eight as any other day's.
        assertEquals(Duration.ofHours(8), hours.between(uk("2026-10-24T12:00"), uk("2026-10-26T23:00")));
    }

    @Test
    void hoursAreReadFromTheSetting() {
        assertEquals(Duration.ofHours(10), WorkingHours.parse("09:00-19:00").day());
        assertEquals(WorkingHours.DEFAULT, WorkingHours.parse("nonsense"));
        assertEquals(WorkingHours.DEFAULT, WorkingHours.parse("17:00-09:00"));
    }
}
