package org.helpline.reporting;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.helpline.shared.HelplineTime;

/**
 * The month's contacts added up in one pass: every figure the report takes from the contacts alone
 * (counts by channel, direction, line, caller type, topic, subtopic and outcome; unique callers and
 * anonymous contacts; handling times; the heat map). Fed one row per contact and topic, as read by
 * {@link MonthlyReport}, so the month's contacts are read once rather than once per figure.
 */
final class ContactTally {

    /** Codes for the ids a row carries, and each topic's top-level topic. */
    record Codes(Map<Long, String> channels, Map<Long, String> lines, Map<Long, String> callerTypes,
            Map<Long, String> outcomes, Map<Long, String> topics, Map<Long, String> topLevelTopics) {
    }

    private final Codes codes;
    private final Set<Long> contacts = new HashSet<>();
    private final Set<Long> callers = new HashSet<>();
    private final Map<String, Set<Long>> topicContacts = new HashMap<>();
    private final List<Integer> durations = new ArrayList<>();
    private final long[][] heatMap = new long[7][24];
    final Map<String, Long> contactKinds = new HashMap<>();
    final Map<String, Long> channel = new HashMap<>();
    final Map<String, Long> direction = new HashMap<>();
    final Map<String, Long> line = new HashMap<>();
    final Map<String, Long> callerType = new HashMap<>();
    final Map<String, Long> outcome = new HashMap<>();
    final Map<String, Long> subtopic = new HashMap<>();
    private long anonymous;

    ContactTally(Codes codes) {
        this.codes = codes;
        contactKinds.put("all", 0L);
        contactKinds.put("data", 0L);
        contactKinds.put("non-data", 0L);
    }

    /**
     * One contact and one of its topics (null when it has none): the contact's own figures are counted
     * the first time it comes, its topic every time.
     */
    void add(long contactId, Instant startedAt, Long channelId, Object direction, Long lineId, Long callerTypeId,
            Long outcomeId, boolean data, Long callerId, int durationSeconds, Long topicId) {
        if (contacts.add(contactId)) {
            addContact(startedAt, channelId, direction, lineId, callerTypeId, outcomeId, data, callerId, durationSeconds);
        }
        if (topicId != null) {
            subtopic.merge(codes.topics().get(topicId), 1L, Long::sum);
            topicContacts.computeIfAbsent(codes.topLevelTopics().get(topicId), k -> new HashSet<>()).add(contactId);
        }
    }

    private void addContact(Instant startedAt, Long channelId, Object dir, Long lineId, Long callerTypeId,
            Long outcomeId, boolean data, Long callerId, int durationSeconds) {
        contactKinds.merge("all", 1L, Long::sum);
        contactKinds.merge(data ? "data" : "non-data", 1L, Long::sum);
        channel.merge(codes.channels().get(channelId), 1L, Long::sum);
        direction.merge(((Enum<?>) dir).name(), 1L, Long::sum);
        line.merge(codes.lines().get(lineId), 1L, Long::sum);
        if (callerId != null) {
            callers.add(callerId);
        }
        if (data) {
            if (callerTypeId != null) {
                callerType.merge(codes.callerTypes().get(callerTypeId), 1L, Long::sum);
            }
            if (outcomeId != null) {
                outcome.merge(codes.outcomes().get(outcomeId), 1L, Long::sum);
            }
            if (callerId == null) {
                anonymous++;
            }
            durations.add(durationSeconds);
        }
        ZonedDateTime local = startedAt.atZone(HelplineTime.ZONE);
        heatMap[local.getDayOfWeek().getValue() - 1][local.getHour()]++;
    }

    /** Data contacts under each top-level topic, a contact counting once however many of its subtopics it has. */
    Map<String, Long> topic() {
        Map<String, Long> counts = new HashMap<>();
        topicContacts.forEach((code, ids) -> counts.put(code, (long) ids.size()));
        return counts;
    }

    /** Unique callers and anonymous contacts; new and repeat callers given how many of the callers are new. */
    Map<String, Long> callers(long newCallers) {
        Map<String, Long> counts = new HashMap<>();
        counts.put("unique", (long) callers.size());
        counts.put("new", newCallers);
        counts.put("repeat", callers.size() - newCallers);
        counts.put("anonymous", anonymous);
        return counts;
    }

    /** The average and median duration of the data contacts, none when there are none. */
    Map<String, Long> handling() {
        Map<String, Long> figures = new HashMap<>();
        if (!durations.isEmpty()) {
            List<Integer> sorted = durations.stream().sorted().toList();
            figures.put("average", Math.round(sorted.stream().mapToInt(Integer::intValue).average().orElse(0)));
            figures.put("median", MonthlyReport.median(sorted));
        }
        return figures;
    }

    /** Contacts by day of the week (Monday first) and hour, UK time. */
    long[][] heatMap() {
        long[][] copy = new long[7][];
        for (int day = 0; day < 7; day++) {
            copy[day] = heatMap[day].clone();
        }
        return copy;
    }
}
