package org.helpline.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * What the simulations share: the data the benchmark scripts read from the database (one value a line in a
 * file of the data directory), and a contact's fields as an adviser fills them in.
 */
final class LoadData {

    private static final String[] OPENERS = {"Caller asked", "Partner asked", "Newly diagnosed caller asked",
        "Carer asked", "Caller with progressive MS asked"};
    private static final String[] SUBJECTS = {"about fatigue at work and the FACETS course", "about baclofen and stiffness",
        "about the PIP assessment", "about a relapse and steroids", "about heat sensitivity", "about a trial in the news",
        "about bladder urgency", "about low mood"};

    private final Path data;
    final List<String> topics;
    final List<String> callerTypes;
    final List<String> outcomes;
    /** Full names as callers in the database have them (first name and surname), for new callers. */
    private final List<String> fullNames;

    LoadData(Path data) {
        this.data = data;
        this.topics = lines("topics.txt");
        this.callerTypes = lines("caller-types.txt");
        this.outcomes = lines("outcomes.txt");
        this.fullNames = lines("names.txt").stream().filter(n -> n.contains(" ")).toList();
    }

    /**
     * A new caller's name: a first name and surname as the database's callers have them, so that the callers
     * a run adds look like a helpline's (a run of thousands sharing one made-up name would not, and would
     * skew the look-up by name, which favours the latest callers). They are told apart by their numbers.
     */
    String newCallerName() {
        return fullNames.isEmpty() ? "Sam Taylor" : pick(fullNames);
    }

    /** The lines of one of the data directory's files, none of them blank. */
    List<String> lines(String file) {
        try {
            List<String> lines = Files.readAllLines(data.resolve(file)).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                throw new IllegalStateException(data.resolve(file) + " is empty");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("the benchmark script writes " + data.resolve(file), e);
        }
    }

    /**
     * A contact's own fields as JSON members, without the braces: a new idempotency key, a call that ended a
     * minute ago, a caller type, one or two topics, a summary and an outcome.
     */
    StringBuilder contactFields() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int minutes = 2 + r.nextInt(18);
        return new StringBuilder()
                .append("\"idempotencyKey\":\"").append(UUID.randomUUID()).append("\",")
                .append("\"startedAt\":\"").append(Instant.now().minus(minutes + 1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)).append("\",")
                .append("\"durationMinutes\":").append(minutes).append(",\"durationSeconds\":").append(r.nextInt(60)).append(',')
                .append("\"callerType\":\"").append(pick(callerTypes)).append("\",")
                .append("\"topics\":[").append(r.ints(1 + r.nextInt(2), 0, topics.size()).distinct()
                        .mapToObj(i -> "\"" + topics.get(i) + "\"").collect(Collectors.joining(","))).append("],")
                .append("\"summary\":\"").append(OPENERS[r.nextInt(OPENERS.length)]).append(' ')
                .append(SUBJECTS[r.nextInt(SUBJECTS.length)]).append(". Talked it through and sent the factsheet.\",")
                .append("\"outcome\":\"").append(pick(outcomes)).append('"');
    }

    /** Search terms as a feeder's records: each URL-encoded as {@code q}, for {@code ?q=#{q}}. */
    static List<Map<String, Object>> queries(List<String> terms) {
        return terms.stream().map(t -> Map.<String, Object>of("q", URLEncoder.encode(t, StandardCharsets.UTF_8))).toList();
    }

    static String pick(List<String> from) {
        return from.get(ThreadLocalRandom.current().nextInt(from.size()));
    }
}
