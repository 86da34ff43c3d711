package org.helpline.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much one server does, in a closed model: {@code helpline.users} connections (virtual users, each with its
 * own keep-alive connection), each sending its next request as soon as the last is answered, for
 * {@code helpline.seconds}. One path a run ({@code helpline.path}):
 * <ul>
 * <li>{@code create}: {@code POST /contacts}, every contact from a new caller who gives a name and number with
 *     consent, one or two topics, a summary and an outcome;
 * <li>{@code cases}: {@code GET /cases?queue=team}, the team queue's first page of 20 with its count;
 * <li>{@code name}: {@code GET /callers?q=}, the repeat-caller look-up by a name from the database (a surname,
 *     or a first name and surname), as an adviser types it while the caller gives it.
 * </ul>
 * The benchmark script ({@code ear/src/bench/throughput-benchmark.sh}) runs one path and size at a time, reading
 * the server's CPU time before and after, and prints the table.
 */
public class ClosedThroughput extends Simulation {

    private static final String BASE = System.getProperty("helpline.base", "http://127.0.0.1:8480/helpline/api/v1");
    private static final Path DATA = Path.of(System.getProperty("helpline.data", "target/load-data"));
    private static final LoadData LOAD = new LoadData(DATA);
    private static final String PATH = System.getProperty("helpline.path", "create");
    private static final int USERS = Integer.getInteger("helpline.users", 10);
    private static final int SECONDS = Integer.getInteger("helpline.seconds", 30);

    private static final List<String> TOKENS = LOAD.lines("tokens.txt");
    private static final AtomicLong NEW_CALLERS = new AtomicLong();
    /** Tells this run's callers from another run's: their numbers differ. */
    private static final long RUN = System.currentTimeMillis() / 1000 % 100_000L;

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .disableCaching()
            .disableWarmUp();

    {
        if (TOKENS.size() < USERS) {
            throw new IllegalStateException("fewer adviser tokens (" + TOKENS.size() + ") than users");
        }
        ChainBuilder request = switch (PATH) {
            case "create" -> CoreDsl.exec(session -> session.set("body", contactBody()))
                    .exec(http("create contact @" + USERS).post("/contacts")
                            .header("Authorization", "Bearer #{token}")
                            .body(StringBody("#{body}"))
                            .check(status().is(201)));
            case "cases" -> CoreDsl.exec(http("case list @" + USERS).get("/cases?queue=team&size=20")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200)));
            case "name" -> CoreDsl.feed(listFeeder(LoadData.queries(LOAD.lines("names.txt"))).random())
                    .exec(http("look up by name @" + USERS).get("/callers?q=#{q}")
                            .header("Authorization", "Bearer #{token}")
                            .check(status().is(200)));
            default -> throw new IllegalArgumentException("helpline.path is create, cases or name, not " + PATH);
        };
        List<Map<String, Object>> advisers = TOKENS.subList(0, USERS).stream()
                .map(t -> Map.<String, Object>of("token", t)).toList();
        setUp(scenario(PATH + " @" + USERS)
                .feed(listFeeder(advisers).queue())
                .during(Duration.ofSeconds(SECONDS)).on(request)
                .injectOpen(atOnceUsers(USERS)))
                .protocols(protocol);
    }

    /** A contact from a caller Helpline has not met: a name as callers have them, a new mobile number, consent to keep them. */
    private static String contactBody() {
        long n = NEW_CALLERS.incrementAndGet();
        return new StringBuilder("{").append(LOAD.contactFields()).append(',')
                .append("\"fullName\":\"").append(LOAD.newCallerName()).append("\",")
                .append("\"phone\":\"07").append(String.format("%09d", (RUN * 10_000L + n) % 1_000_000_000L)).append("\",")
                .append("\"consentGiven\":true}")
                .toString();
    }

}
