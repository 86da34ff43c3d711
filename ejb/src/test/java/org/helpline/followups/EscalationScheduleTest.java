package org.helpline.followups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class EscalationScheduleTest {

    @Test
    void aRunIsRecordedAtTheTickItBelongsTo() {
        assertEquals(Instant.parse("2026-03-10T10:00:30Z"), tick("2026-03-10T10:00:59.900Z", 30));
        assertEquals(Instant.parse("2026-03-10T10:00:00Z"), tick("2026-03-10T10:00:00Z", 30));
        assertEquals(Instant.parse("2026-03-10T10:00:09Z"), tick("2026-03-10T10:00:11.500Z", 3));
    }

    @Test
    void theTicksStartAgainAtTheTopOfEachMinute() {
        // */45 ticks at :00 and :45 of each minute, so :59 belongs to :45 and the next minute's :00 to itself.
        assertEquals(Instant.parse("2026-03-10T10:00:45Z"), tick("2026-03-10T10:00:59Z", 45));
        assertEquals(Instant.parse("2026-03-10T10:01:00Z"), tick("2026-03-10T10:01:30Z", 45));
    }

    private static Instant tick(String when, int everySeconds) {
        return EscalationSchedule.tickAtOrBefore(Instant.parse(when), everySeconds);
    }
}
