package org.helpline.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Advisers on shift, through the REST API an integration (or the contact page) uses: each adviser does
 * something every five seconds on average (an open model: arrivals at a constant rate, whatever the
 * server's speed, so a slow server meets a growing queue as it would on a busy morning).
 *
 * <p>After a short warm-up of every path, each path on its own, one after the other: contacts saved at advisers / 5 a second for each shift size
 * (50 advisers, then 200); then, for the first shift, repeat-caller look-ups by phone at the same rate
 * with half as many by name alongside, then full-text searches at a fifth of it. Each request is named
 * with the shift, so the report has a line per path and shift. The data directory holds what the benchmark script read from the database: the advisers' API
 * tokens, callers' phone numbers and names, search words and the reference codes a contact may use.
 */
public class AdvisersOnShift extends Simulation {

    private static final String BASE = System.getProperty("helpline.base", "http://127.0.0.1:8480/helpline/api/v1");
    private static final Path DATA = Path.of(System.getProperty("helpline.data", "target/load-data"));
    private static final LoadData LOAD = new LoadData(DATA);
    private static final int SECONDS = Integer.getInteger("helpline.seconds", 60);
    private static final int READ_SECONDS = Integer.getInteger("helpline.read-seconds", Math.max(10, SECONDS / 2));
    private static final double SECONDS_BETWEEN_ACTIONS = 5.0;
    /** Advisers "on the warm-up shift": its requests are named and marked apart from the measured ones. */
    private static final int WARM_UP = 0;
    private static final int WARM_UP_SECONDS = Integer.getInteger("helpline.warm-up-seconds", 15);
    /** Requests a second of each path while warming up (half that for the search). */
    private static final int WARM_UP_RATE = Integer.getInteger("helpline.warm-up-rate", 2);
    private static final List<Integer> SHIFTS = Arrays.stream(System.getProperty("helpline.advisers", "50,200").split(","))
            .map(String::strip).map(Integer::valueOf).toList();

    private static final List<String> TOKENS = LOAD.lines("tokens.txt");
    private static final List<String> PHONES = LOAD.lines("phones.txt");
    private static final List<String> NAMES = LOAD.lines("names.txt");
    private static final List<String> WORDS = LOAD.lines("words.txt");
        private static final AtomicLong NEW_CALLERS = new AtomicLong();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L);


    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .disableCaching()
            .warmUp(BASE.replaceFirst("/api/v1$", "/"));

    {
        if (TOKENS.size() < SHIFTS.stream().mapToInt(Integer::intValue).max().orElse(0)) {
            throw new IllegalStateException("fewer adviser tokens (" + TOKENS.size() + ") than advisers on the biggest shift");
        }
        // One path at a time, so that each line of the report is that path's own speed: saving contacts
        // for each shift size, then the look-ups (by phone and by name together, as advisers do), then
        // the search, these last at the first shift's rates.
        int shift = SHIFTS.get(0);
        double perSecond = shift / SECONDS_BETWEEN_ACTIONS;
        // First every path at a gentle rate, unmeasured (named "warm-up", marked in the URL so the server's
        // access log can leave it out too), so that no path is timed while its code is still being compiled.
        PopulationBuilder chain = save(WARM_UP).injectOpen(constantUsersPerSec(WARM_UP_RATE).during(WARM_UP_SECONDS));
        chain = chain.andThen(
                lookUp(WARM_UP, "phone", PHONES).injectOpen(constantUsersPerSec(WARM_UP_RATE).during(WARM_UP_SECONDS)),
                lookUp(WARM_UP, "name", NAMES).injectOpen(constantUsersPerSec(WARM_UP_RATE).during(WARM_UP_SECONDS)),
                search(WARM_UP).injectOpen(constantUsersPerSec(Math.max(1, WARM_UP_RATE / 2.0)).during(WARM_UP_SECONDS)));
        for (int n : SHIFTS) {
            chain = chain.andThen(save(n).injectOpen(constantUsersPerSec(n / SECONDS_BETWEEN_ACTIONS).during(SECONDS)));
        }
        chain = chain.andThen(
                lookUp(shift, "phone", PHONES).injectOpen(constantUsersPerSec(perSecond).during(READ_SECONDS)),
                lookUp(shift, "name", NAMES).injectOpen(constantUsersPerSec(perSecond / 2).during(READ_SECONDS)));
        chain = chain.andThen(search(shift).injectOpen(constantUsersPerSec(perSecond / 5).during(READ_SECONDS)));
        setUp(chain).protocols(protocol);
    }

    private static ScenarioBuilder save(int advisers) {
        return scenario(named("save a contact", advisers))
                .feed(listFeeder(advisers(advisers)).circular())
                .exec(session -> session.set("body", contactBody()))
                .exec(http(named("save a contact", advisers)).post("/contacts" + mark(advisers, "?"))
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody("#{body}"))
                        .check(status().is(201)));
    }

    private static ScenarioBuilder lookUp(int advisers, String by, List<String> terms) {
        return scenario(named("look up a caller by " + by, advisers))
                .feed(listFeeder(advisers(advisers)).circular())
                .feed(listFeeder(LoadData.queries(terms)).random())
                .exec(http(named("look up a caller by " + by, advisers)).get("/callers?q=#{q}" + mark(advisers, "&"))
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200)));
    }

    private static ScenarioBuilder search(int advisers) {
        return scenario(named("search contacts", advisers))
                .feed(listFeeder(advisers(advisers)).circular())
                .feed(listFeeder(LoadData.queries(WORDS)).random())
                .exec(http(named("search contacts", advisers)).get("/contacts?q=#{q}&size=20" + mark(advisers, "&"))
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200)));
    }

    /** "save a contact @50", or "warm-up: save a contact". */
    private static String named(String path, int advisers) {
        return advisers == WARM_UP ? "warm-up: " + path : path + " @" + advisers;
    }

    /** A query parameter the server ignores, that tells warm-up requests apart in its access log. */
    private static String mark(int advisers, String separator) {
        return advisers == WARM_UP ? separator + "warm-up=1" : "";
    }

    private static List<Map<String, Object>> advisers(int n) {
        return TOKENS.subList(0, Math.max(n, SHIFTS.get(0))).stream().map(t -> Map.<String, Object>of("token", t)).toList();
    }

    /** A contact as an adviser logs one: half from a caller who gives their name and number, some with a case. */
    private static String contactBody() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder json = new StringBuilder("{").append(LOAD.contactFields());
        if (r.nextBoolean()) {
            long n = NEW_CALLERS.incrementAndGet();
            json.append(",\"fullName\":\"").append(LOAD.newCallerName()).append('"')
                    .append(",\"phone\":\"07").append(String.format("%09d", (Long.parseLong(RUN) * 1000 + n) % 1_000_000_000L)).append('"')
                    .append(",\"consentGiven\":true");
            if (r.nextInt(5) == 0) {
                json.append(",\"caseChoice\":\"OPEN_NEW\",\"newCaseTitle\":\"Help with fatigue at work\"");
            }
        }
        return json.append('}').toString();
    }


}
