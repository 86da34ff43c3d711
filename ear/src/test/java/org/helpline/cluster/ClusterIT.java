package org.helpline.cluster;

import static org.awaitility.Awaitility.await;
import static org.helpline.testing.ClusterNodes.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.helpline.testing.ApiClient;
import org.helpline.testing.Browser;
import org.helpline.testing.ClusterNodes;
import org.helpline.testing.ContactFormPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two WildFly nodes in WildFly's HA configuration, started at the same moment on one PostgreSQL database,
 * behind WildFly's own balancer; then one dies (SIGKILL) while advisers are saving contacts through the
 * balancer. Nothing the servers confirmed may be lost, the adviser mid-call stays signed in with their
 * draft, and the escalation timer runs exactly once a tick, on whichever node is left.
 */
@Tag("own-servers")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String ADVISER_TOKEN = "hlp_cluster-test-adviser2-0001";

    private static ClusterNodes cluster;

    @BeforeAll
    static void startTwoNodesAndTheBalancer() throws SQLException {
        cluster = new ClusterNodes();
        cluster.start(node(1), node(2));
        try (Connection db = cluster.database()) {
            ApiClient.issueToken(db, "adviser2", "ADVISER", ADVISER_TOKEN, "cluster test");
        }
    }

    @AfterAll
    static void stopThem() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aContactSavedOnOneNodeReachesTheWallboardOnTheOther() {
        try (Browser supervisor = new Browser(cluster.httpPort(node(1)))) {
            supervisor.open("/").signIn("supervisor", "supervisor-demo-2026");
            supervisor.open("/supervision/wallboard.xhtml");
            new WebDriverWait(supervisor.driver(), Duration.ofSeconds(15))
                    .until(d -> "live".equals(supervisor.find("#liveStatus").getAttribute("data-state")));
            int before = Integer.parseInt(supervisor.text("#contactsToday"));

            ApiClient.Reply saved = new ApiClient(ADVISER_TOKEN, cluster.httpPort(node(2))).post("/contacts", contact());
            assertEquals(201, saved.status(), saved::toString);
            new WebDriverWait(supervisor.driver(), Duration.ofSeconds(3)).ignoring(StaleElementReferenceException.class)
                    .until(d -> Integer.parseInt(supervisor.text("#contactsToday")) == before + 1);
        }
    }

    @Test
    @Order(2)
    void aNodeDiesMidShiftAndNothingIsLost() throws Exception {
        // The node to kill is the one running the escalation timer; the adviser's session is made to live
        // there too (a session's node is its id's, so sign in until one lands there).
        List<List<String>> ranSoFar = await("the escalation ran before the kill").atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> List.copyOf(runsSince(Instant.EPOCH).values()), runs -> !runs.isEmpty());
        String victim = ranSoFar.get(ranSoFar.size() - 1).get(0);
        String survivor = victim.equals(node(1)) ? node(2) : node(1);

        try (Browser adviser = new Browser(cluster.balancerPort())) {
            // An adviser on a call, through the balancer, halfway through typing the contact.
            for (int tries = 0; !sessionOn(adviser, victim) && tries < 12; tries++) {
                adviser.driver().manage().deleteAllCookies();
                adviser.open("/").signIn("adviser", "adviser-demo-2026");
            }
            assertTrue(sessionOn(adviser, victim), "a session on " + victim);
            adviser.open("/calls/log.xhtml");
            ContactFormPage form = new ContactFormPage(adviser);
            String summary = "Caller " + UUID.randomUUID() + " asked about the FACETS course for fatigue.";
            form.field("summary").sendKeys(summary);
            // The status is redrawn by each keep: read it again if it was redrawn while being read.
            new WebDriverWait(adviser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> form.draftStatus().startsWith("Draft kept at"));

            // Other advisers saving contacts and looking callers up through the balancer, all the while.
            Load load = new Load(new ApiClient(ADVISER_TOKEN, cluster.balancerPort()));
            load.run(Duration.ofSeconds(8));
            Instant killedAt = Instant.now();
            cluster.kill(victim);
            load.run(Duration.ofSeconds(16));
            List<String> confirmed = load.stop();

            // Every contact sent was confirmed in the end (a save cut off by the kill is sent again with its
            // key, as an integration does), and each is stored once.
            System.out.printf("Cluster test: %d contacts confirmed; %d requests cut off by the kill, at %s%n",
                    confirmed.size(), load.failures.size(), load.failures);
            assertTrue(confirmed.size() > 20, "contacts saved during the test: " + confirmed.size());
            assertEquals(List.of(), load.unconfirmed(), "contacts never confirmed");
            assertEquals(confirmed.size(), countContacts(confirmed), "confirmed contacts stored, once each");
            // Requests cut off are those the dead node had in hand, and any sent before the others knew.
            assertTrue(load.savedAfter(killedAt.plusSeconds(10)) > 5,
                    "the survivor took the saves after the kill: " + load.savedAfter(killedAt.plusSeconds(10)));
            load.failures.forEach(failedAt -> assertTrue(failedAt.isBefore(killedAt.plusSeconds(10)),
                    "a request failed at " + failedAt + ", well after the kill at " + killedAt));

            // The adviser is still signed in, on the survivor, and their draft is there to restore.
            adviser.open("/calls/log.xhtml");
            assertEquals("/calls/log.xhtml", adviser.path(), "still signed in after " + victim + " died");
            assertTrue(form.draftBanner().contains("unsaved contact"));
            form.restoreDraft();
            new WebDriverWait(adviser.driver(), Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class) // the restore's Ajax update replaces the form's fields
                    .until(d -> summary.equals(form.value("summary")));
            String now = adviser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertTrue(now.endsWith("." + survivor), "the session moved to " + survivor + ": " + now);
            adviser.screenshot("cluster-after-node-died");

            // The escalation timer carries on, on the survivor, once a tick; a follow-up long overdue after
            // the kill is escalated once.
            long overdue = makeAFollowUpLongOverdue();
            await("the escalation on " + survivor).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        assertTrue(escalations(overdue) > 0, "the overdue follow-up escalated");
                        assertTrue(runsSince(killedAt).size() >= 2, "runs after the kill: " + runsSince(killedAt));
                    });
            Map<Instant, List<String>> runs = runsSince(Instant.EPOCH);
            runs.forEach((tick, servers) -> assertEquals(1, servers.size(), "escalation due " + tick + " ran on " + servers));
            Map<Instant, List<String>> afterKill = runsSince(killedAt);
            assertTrue(afterKill.size() >= 2, "escalation ran after the kill: " + afterKill);
            afterKill.values().forEach(servers -> assertEquals(List.of(survivor), servers));
            assertEquals(1, escalations(overdue), "the overdue follow-up escalated once");
            System.out.printf("Escalation runs (tick: node): %s%n", runs);
        }
    }

    /** Advisers saving contacts (and, twice as often, looking callers up) on four threads. */
    private static final class Load {

        private final ApiClient api;
        private final ExecutorService threads = Executors.newFixedThreadPool(4);
        private final AtomicBoolean going = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<String> sent = new ConcurrentLinkedQueue<>();
        private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
        private final ConcurrentLinkedQueue<Instant> savedAt = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Instant> failures = new ConcurrentLinkedQueue<>();
        private final AtomicInteger started = new AtomicInteger();

        Load(ApiClient api) {
            this.api = api;
        }

        void run(Duration duration) {
            while (started.get() < 4) {
                started.incrementAndGet();
                threads.submit(this::work);
            }
            ClusterNodes.sleep(duration);
        }

        private void work() {
            while (going.get()) {
                String key = UUID.randomUUID().toString();
                sent.add(key);
                // The same request each time, as an integration sends it again: one made anew could have
                // another start time (it is to the second), a different contact under the same key (409).
                String contact = contact(key);
                for (int attempt = 0; attempt < 5 && !save(key, contact); attempt++) {
                    ClusterNodes.sleep(Duration.ofMillis(500));
                }
                for (String q : List.of("Patel", "07700")) {
                    try {
                        if (api.get("/callers?q=" + q).status() != 200) {
                            failures.add(Instant.now());
                        }
                    } catch (IllegalStateException noAnswer) {
                        failures.add(Instant.now());
                    }
                }
            }
        }

        /** Sends the contact; whether a server confirmed it (201, or 200 for one it had already). */
        private boolean save(String key, String contact) {
            try {
                int status = api.post("/contacts", contact).status();
                if (status == 201 || status == 200) {
                    confirmed.add(key);
                    savedAt.add(Instant.now());
                    return true;
                }
            } catch (IllegalStateException noAnswer) {
                // cut off: sent again
            }
            failures.add(Instant.now());
            return false;
        }

        List<String> unconfirmed() {
            return sent.stream().filter(key -> !confirmed.contains(key)).toList();
        }

        long savedAfter(Instant when) {
            return savedAt.stream().filter(when::isBefore).count();
        }

        List<String> stop() throws InterruptedException {
            going.set(false);
            threads.shutdown();
            assertTrue(threads.awaitTermination(60, TimeUnit.SECONDS));
            return new ArrayList<>(confirmed);
        }
    }

    private static String contact() {
        return contact(UUID.randomUUID().toString());
    }

    private static String contact(String key) {
        return "{\"idempotencyKey\":\"" + key + "\",\"startedAt\":\"" + Instant.now().minus(5, ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.SECONDS) + "\",\"durationMinutes\":4,\"callerType\":\"person-with-ms\","
                + "\"topics\":[\"diagnosis\"],\"summary\":\"Asked how an MRI scan works. Talked it through.\","
                + "\"outcome\":\"information-given\"}";
    }

    private static long countContacts(List<String> keys) throws SQLException {
        try (Connection db = cluster.database();
                PreparedStatement count = db.prepareStatement("select count(*) from contact where idempotency_key = any (?)")) {
            count.setArray(1, db.createArrayOf("varchar", keys.toArray()));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long makeAFollowUpLongOverdue() throws SQLException {
        try (Connection db = cluster.database();
                PreparedStatement overdue = db.prepareStatement("update follow_up set due_from = now() - interval '2 days', "
                        + "due_until = now() - interval '1 day', "
                        + "version = version + 1 where id = (select min(id) from follow_up where status = 'OPEN' "
                        + "and escalated_at is null) returning id")) {
            try (ResultSet rows = overdue.executeQuery()) {
                assertTrue(rows.next(), "an open follow-up in the demo data");
                return rows.getLong(1);
            }
        }
    }

    private static long escalations(long followUp) throws SQLException {
        try (Connection db = cluster.database();
                PreparedStatement count = db.prepareStatement(
                        "select count(*) from follow_up_event where follow_up_id = ? and kind = 'ESCALATED'")) {
            count.setLong(1, followUp);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static boolean sessionOn(Browser browser, String node) {
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return cookie != null && cookie.getValue().endsWith("." + node) && !"/login.xhtml".equals(browser.path());
    }

    /** The escalation's runs due after {@code since}: for each tick, the servers that ran it. */
    private static Map<Instant, List<String>> runsSince(Instant since) throws SQLException {
        Map<Instant, List<String>> runs = new TreeMap<>();
        try (Connection db = cluster.database();
                PreparedStatement select = db.prepareStatement("select due_at, server_name from scheduled_run "
                        + "where job = 'escalation' and due_at > ? order by due_at")) {
            select.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    runs.computeIfAbsent(rows.getTimestamp(1).toInstant(), t -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return runs;
    }
}
