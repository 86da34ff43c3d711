package org.helpline.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import org.helpline.calls.Direction;
import org.junit.jupiter.api.Test;

/** The month's contacts added up, one row per contact and topic, as MonthlyReport reads them. */
class ContactTallyTest {

    private static final long PHONE = 1, EMAIL = 2, INFO_LINE = 1, PERSON_WITH_MS = 1, INFORMATION_GIVEN = 1;
    private static final long SYMPTOMS = 10, FATIGUE = 11, PAIN = 12, BENEFITS = 20;
    private static final Instant MONDAY_9AM = Instant.parse("2026-01-05T09:15:00Z");

    private final ContactTally tally = new ContactTally(new ContactTally.Codes(Map.of(PHONE, "phone", EMAIL, "email"),
            Map.of(INFO_LINE, "info-line"), Map.of(PERSON_WITH_MS, "person-with-ms"),
            Map.of(INFORMATION_GIVEN, "information-given"),
            Map.of(SYMPTOMS, "symptoms", FATIGUE, "fatigue", PAIN, "pain", BENEFITS, "benefits"),
            Map.of(SYMPTOMS, "symptoms", FATIGUE, "symptoms", PAIN, "symptoms", BENEFITS, "benefits")));

    /** A data phone call, one row for {@code topic} (null: a row for a contact without topics). */
    private void data(long contact, Long caller, int seconds, Long topic) {
        tally.add(contact, MONDAY_9AM, PHONE, Direction.INBOUND, INFO_LINE, PERSON_WITH_MS, INFORMATION_GIVEN, true, caller,
                seconds, topic);
    }

    private void nonData(long contact, Instant startedAt) {
        tally.add(contact, startedAt, EMAIL, Direction.OUTBOUND, INFO_LINE, null, null, false, null, 5, null);
    }

    @Test
    void aContactWithSeveralTopicsIsCountedOnceButUnderEachOfItsTopics() {
        data(1, 5L, 600, FATIGUE);
        data(1, 5L, 600, PAIN);
        data(1, 5L, 600, BENEFITS);

        assertEquals(Map.of("all", 1L, "data", 1L, "non-data", 0L), tally.contactKinds);
        assertEquals(Map.of("phone", 1L), tally.channel);
        assertEquals(Map.of("INBOUND", 1L), tally.direction);
        assertEquals(Map.of("symptoms", 1L, "benefits", 1L), tally.topic(), "two subtopics of one topic count once");
        assertEquals(Map.of("fatigue", 1L, "pain", 1L, "benefits", 1L), tally.subtopic);
        assertEquals(Map.of("average", 600L, "median", 600L), tally.handling(), "its duration once, not per topic");
    }

    @Test
    void aContactTaggedWithATopLevelTopicCountsUnderItAndAsItsOwnSubtopicRow() {
        data(1, null, 60, SYMPTOMS);
        data(2, null, 60, FATIGUE);
        assertEquals(Map.of("symptoms", 2L), tally.topic());
        assertEquals(Map.of("symptoms", 1L, "fatigue", 1L), tally.subtopic);
    }

    @Test
    void aNonDataContactIsCountedButHasNoCallerTypeOutcomeTopicOrHandlingTime() {
        nonData(1, MONDAY_9AM);
        data(2, 5L, 300, null);

        assertEquals(Map.of("all", 2L, "data", 1L, "non-data", 1L), tally.contactKinds);
        assertEquals(Map.of("phone", 1L, "email", 1L), tally.channel);
        assertEquals(Map.of("INBOUND", 1L, "OUTBOUND", 1L), tally.direction);
        assertEquals(Map.of("info-line", 2L), tally.line);
        assertEquals(Map.of("person-with-ms", 1L), tally.callerType);
        assertEquals(Map.of("information-given", 1L), tally.outcome);
        assertTrue(tally.topic().isEmpty());
        assertEquals(Map.of("average", 300L, "median", 300L), tally.handling());
        assertEquals(0, tally.callers(0).get("anonymous"), "a non-data contact is not an anonymous caller");
    }

    @Test
    void aDataContactWithoutCallerTypeOrOutcomeIsLeftOutOfThoseFiguresOnly() {
        tally.add(1, MONDAY_9AM, PHONE, Direction.INBOUND, INFO_LINE, null, null, true, null, 60, null);
        assertTrue(tally.callerType.isEmpty());
        assertTrue(tally.outcome.isEmpty());
        assertEquals(1, tally.contactKinds.get("data"));
    }

    @Test
    void callersAreCountedOnceAndNewOnesAreTakenFromTheRest() {
        data(1, 5L, 60, null);
        data(2, 5L, 60, null);
        data(3, 6L, 60, null);
        data(4, null, 60, null);
        data(5, null, 60, null);
        assertEquals(Map.of("unique", 2L, "new", 1L, "repeat", 1L, "anonymous", 2L), tally.callers(1));
    }

    @Test
    void handlingTimeIsTheRoundedAverageAndTheMedianOfDataContacts() {
        data(1, null, 100, null);
        data(2, null, 301, null);
        data(3, null, 200, null);
        data(4, null, 50, null);
        nonData(5, MONDAY_9AM);
        assertEquals(Map.of("average", 163L, "median", 150L), tally.handling());
    }

    @Test
    void noDataContactsHaveNoHandlingTime() {
        nonData(1, MONDAY_9AM);
        assertTrue(tally.handling().isEmpty(), "no figure rather than zero");
    }

    @Test
    void theHeatMapIsMondayFirstInUkHours() {
        data(1, null, 60, null);
        tally.add(2, Instant.parse("2026-06-07T22:30:00Z"), PHONE, Direction.INBOUND, INFO_LINE, null, null, true, null,
                60, null);
        long[][] heat = tally.heatMap();
        assertEquals(1, heat[0][9], "Monday 09:15 GMT");
        assertEquals(1, heat[6][23], "Sunday 23:30 BST");
    }

    @Test
    void onTheNightsTheClocksChangeContactsFallInTheHourTheClocksShowed() {
        nonData(1, Instant.parse("2026-03-29T00:30:00Z"));
        nonData(2, Instant.parse("2026-03-29T01:30:00Z"));
        nonData(3, Instant.parse("2026-10-25T00:30:00Z"));
        nonData(4, Instant.parse("2026-10-25T01:30:00Z"));
        long[][] heat = tally.heatMap();
        assertEquals(1, heat[6][0], "Sunday 29 March, 00:30 GMT");
        assertEquals(1, heat[6][2], "29 March, 01:30 UTC is 02:30 BST: the hour from one to two never happened");
        assertEquals(2, heat[6][1], "25 October's 01:30 BST and, the clocks having gone back, its 01:30 GMT");
    }

    @Test
    void theHeatMapHandedOutIsACopy() {
        data(1, null, 60, null);
        tally.heatMap()[0][9] = 99;
        assertEquals(1, tally.heatMap()[0][9]);
        assertNotSame(tally.heatMap(), tally.heatMap());
    }
}
