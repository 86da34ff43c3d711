package org.helpline.operations;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.helpline.email.EmailIntake;
import org.helpline.testing.ApiClient;
import org.helpline.testing.Browser;
import org.helpline.testing.ContactFormPage;
import org.helpline.testing.ScratchDatabase;
import org.helpline.testing.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One Helpline server on a PostgreSQL database of its own, as an operator runs it, started once. First it is
 * killed outright (SIGKILL: a power cut, the OOM killer) while an adviser is typing a contact, a supervisor's
 * bulk reassignment is writing and the escalation timer is writing, and started again on what it left; then
 * it is stopped as {@code systemctl stop} does (SIGTERM) while API requests are in flight.
 *
 * <p>So that the kill always lands inside both transactions, the test holds one row each of them writes
 * (a {@link Brake}): each has written the rest of its work, waits for that row, and is killed waiting. The
 * test then asks PostgreSQL what became of each transaction, and fails, saying so, if one had committed.
 */
@Tag("own-servers")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafetyIT {

    /** Open cases, and as many follow-ups, that the adviser off sick holds; as many again long overdue. */
    private static final int WORK = 400;
    private static final String HELD = "Crash test: follow-up held";
    private static final String OVERDUE = "Crash test: follow-up overdue";
    private static final String WHY = "Tom is off sick";
    private static final String TOKEN = "hlp_crash-test-adviser2-0001";
    /** How long past due a follow-up may be before it is escalated, said to the server so that both agree. */
    private static final Duration OVERDUE_GRACE = Duration.ofHours(2);

    /** The server's mailbox: a GreenMail of this class's own, on ports clear of the suite's (3125, 3243). */
    private static final int SMTP_PORT = 3725;
    private static final int IMAP_PORT = 3843;
    private static final String MAILBOX = "helpline@helpline.test";
    private static final String MAILBOX_PASSWORD = "demo-mailbox";
    private static final int EMAILS = 300;

    private static ScratchDatabase database;
    private static ServerProcess server;
    private static GreenMail mail;

    @BeforeAll
    static void startTheServer() throws SQLException {
        database = new ScratchDatabase("crash").recreate();
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.setUser(MAILBOX, MAILBOX, MAILBOX_PASSWORD);
        mail.start();
        server = ServerProcess.single("crash", 700, database).property("helpline.demo", "true")
                .property("helpline.followups.overdue-grace", OVERDUE_GRACE.toString())
                .property("helpline.email.enabled", "true").property("helpline.email.every-seconds", "2")
                .property("helpline.email.idle", "false")
                .property("helpline.mail.imap.port", String.valueOf(IMAP_PORT))
                .property("helpline.mail.smtp.port", String.valueOf(SMTP_PORT));
        server.start();
        try (Connection db = database.connect()) {
            ApiClient.issueToken(db, "adviser2", "ADVISER", TOKEN, "crash test");
        }
    }

    @AfterAll
    static void stopIt() {
        if (server != null) {
            server.kill();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    /**
     * Killed while filing a full inbox, after some emails' transactions committed and before any was moved out of
     * the inbox (the first batch of 200 moves together): started again, it files every email exactly once, moves
     * them all, and acknowledges none twice.
     */
    @Test
    @Order(3)
    void killedWhileFilingEmailsItLosesAndDuplicatesNone() throws Exception {
        if (!server.isRunning()) {
            server.startAgain();
        }
        String batch = "crash" + UUID.randomUUID().toString().substring(0, 8);
        Properties imap = new Properties();
        imap.put("mail.imap.host", "127.0.0.1");
        imap.put("mail.imap.port", String.valueOf(IMAP_PORT));
        Session session = Session.getInstance(imap);
        try (Store store = session.getStore("imap")) {
            store.connect(MAILBOX, MAILBOX_PASSWORD);
            Folder staging = store.getFolder("Crash staging");
            staging.create(Folder.HOLDS_MESSAGES);
            List<Message> emails = new ArrayList<>();
            for (int i = 0; i < EMAILS; i++) {
                MimeMessage email = new MimeMessage(session, new java.io.ByteArrayInputStream(("From: " + batch + "." + i
                        + "@example.org\r\nTo: " + MAILBOX + "\r\nSubject: Crash " + i + "\r\nMessage-ID: <" + batch + "."
                        + i + "@example.org>\r\n\r\nWaiting email " + i + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                emails.add(email);
            }
            staging.appendMessages(emails.toArray(Message[]::new));
            staging.open(Folder.READ_WRITE);
            staging.copyMessages(staging.getMessages(), store.getFolder("INBOX"));
            staging.close(false);
        }
        String filed = "select count(*) from email_message where direction = 'INBOUND' and message_key like '<" + batch + ".%'";
        await("some emails filed").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                .until(() -> count(filed) >= 20);
        server.kill();
        long beforeRestart = count(filed);
        List<String> inInbox = messageIds("INBOX");
        long filedButNotMoved = inInbox.stream().filter(id -> id.startsWith("<" + batch)).filter(id -> {
            try {
                return count("select count(*) from email_message where message_key = '" + id + "'") == 1;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertTrue(beforeRestart < EMAILS, "the kill came before the last was filed: " + beforeRestart);
        // At least one (most, unless a read began while the copy was under way and moved its first few at once).
        assertTrue(filedButNotMoved >= 1, "emails filed and still in the inbox when the server died: " + filedButNotMoved);

        server.startAgain();
        await("every email filed and moved").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .until(() -> count(filed) == EMAILS && messageIds("INBOX").stream().noneMatch(id -> id.startsWith("<" + batch)));
        assertEquals(EMAILS, count("select count(distinct message_key) from email_message where message_key like '<"
                + batch + ".%'"), "each exactly once");
        assertEquals(EMAILS, count("select count(distinct thread_id) from email_message where message_key like '<"
                + batch + ".%'"), "one enquiry each");
        assertEquals(0, count("select count(*) from (select to_addresses from email_message where direction = 'OUTBOUND' "
                + "and auto_submitted and to_addresses like '" + batch + ".%' group by to_addresses having count(*) > 1) twice"),
                "nobody acknowledged twice");
        assertTrue(messageIds(EmailIntake.FILED).stream().filter(id -> id.startsWith("<" + batch)).distinct().count() == EMAILS,
                "every email in the filed folder");
    }

    private static List<String> messageIds(String folderName) throws Exception {
        Properties imap = new Properties();
        imap.put("mail.imap.host", "127.0.0.1");
        imap.put("mail.imap.port", String.valueOf(IMAP_PORT));
        List<String> ids = new ArrayList<>();
        try (Store store = Session.getInstance(imap).getStore("imap")) {
            store.connect(MAILBOX, MAILBOX_PASSWORD);
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return ids;
            }
            folder.open(Folder.READ_ONLY);
            for (Message m : folder.getMessages()) {
                if (!m.isSet(jakarta.mail.Flags.Flag.DELETED)) {
                    String[] id = m.getHeader("Message-ID");
                    ids.add(id == null ? "" : id[0]);
                }
            }
            folder.close(false);
        }
        return ids;
    }

    @Test
    @Order(1)
    void killedMidWorkItLosesNoDraftAndHalfDoesNothing() throws Exception {
        giveAdviser2ALotOfWork();
        String summary = "Caller " + UUID.randomUUID() + " asked about respite care while her husband is in hospital.";
        long reassignment;
        long escalation;
        Instant killedAt;
        Timestamp becameDue;
        try (Browser adviser = new Browser(server.httpPort()); Browser supervisor = new Browser(server.httpPort());
                Brake reassigning = new Brake(HELD)) {
            adviser.open("/").signIn("adviser", "adviser-demo-2026");
            adviser.open("/calls/log.xhtml");
            ContactFormPage form = new ContactFormPage(adviser);
            form.field("summary").sendKeys(summary);
            // The status is redrawn by each keep: read it again if it was redrawn while being read.
            form.waiting().until(d -> form.draftStatus().startsWith("Draft kept at"));

            reassignAdviser2sWork(supervisor, false);
            reassignment = reassigning.awaitWriter(Duration.ofSeconds(90), "the reassignment");

            // The overdue ones become due by the clock alone, a few seconds after the test holds the last of
            // them, so that whichever run of the escalation picks them up meets the brake.
            becameDue = dueInAFewSeconds();
            try (Brake escalating = new Brake(OVERDUE)) {
                assertEquals(0, escalated(), "follow-ups escalated before the test held the last one");
                escalation = escalating.awaitWriter(Duration.ofSeconds(60), "the escalation");
                killedAt = Instant.now();
                server.kill();
            }
        }
        assertAborted(reassignment, "the reassignment");
        assertAborted(escalation, "the escalation");
        assertEquals(WORK, held("adviser2", HELD), "follow-ups still with the adviser off sick");
        assertEquals(WORK, count("select count(*) from helpline_case where title like 'Crash test%' and owner_id = "
                + "(select id from user_account where username = 'adviser2')"), "cases still with the adviser off sick");
        assertEquals(0, reassignedEvents(), "history of a reassignment the kill cut off");
        assertEquals(0, escalated(), "follow-ups escalated by a run the kill cut off");
        assertEquals(0, count("select count(*) from scheduled_run where job = 'escalation' and started_at >= '"
                + becameDue + "'"), "runs recorded since the follow-ups became due (the one the kill cut off)");

        server.startAgain();
        try (Browser adviser = new Browser(server.httpPort()); Browser supervisor = new Browser(server.httpPort())) {
            // Signing in again, on the restarted server, offers the draft back.
            adviser.open("/").signIn("adviser", "adviser-demo-2026");
            adviser.open("/calls/log.xhtml");
            ContactFormPage form = new ContactFormPage(adviser);
            assertTrue(form.draftBanner().contains("unsaved contact"));
            form.restoreDraft();
            new WebDriverWait(adviser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> summary.equals(form.value("summary")));

            // The same handover let run moves all of it: the data could move, and it was the kill that stopped it.
            Instant pressed = Instant.now();
            reassignAdviser2sWork(supervisor, true);
            System.out.printf("Crash test: the whole reassignment took %s%n", Duration.between(pressed, Instant.now()));
        }
        assertEquals(WORK, held("adviser", HELD), "follow-ups moved by the reassignment let run");
        assertEquals(0, held("adviser2", HELD), "follow-ups left with the adviser off sick");
        assertEquals(2L * WORK, reassignedEvents(), "cases and follow-ups whose history says they were reassigned");

        // The escalation runs again once: each follow-up escalated once, and no tick run twice.
        await("the escalation after the restart").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertEquals(WORK, escalated(), "follow-ups escalated");
                    assertTrue(runsSince(killedAt).size() >= 2, "runs since the restart: " + runsSince(killedAt));
                });
        Map<Instant, Long> runs = runsSince(Instant.EPOCH);
        System.out.printf("Crash test: escalation runs (tick=times), killed at %s: %s%n", killedAt, runs);
        runs.forEach((tick, times) -> assertEquals(1, times, "runs of the escalation due at " + tick));
        assertTrue(runsSince(killedAt).size() >= 2, "the escalation ran on after the restart: " + runsSince(killedAt));
        assertEquals(WORK, escalated(), "follow-ups escalated");
        assertEquals(0, count("select count(*) from (select follow_up_id from follow_up_event where kind = 'ESCALATED' "
                + "group by follow_up_id having count(*) > 1) twice"), "follow-ups escalated twice");
        assertEquals(1, count("select count(*) from scheduled_run where job = 'escalation' and items >= " + WORK),
                "runs that escalated the test's follow-ups");
    }

    @Test
    @Order(2)
    void sigtermLetsRequestsInFlightFinishAndRefusesNewOnes() throws Exception {
        ApiClient api = new ApiClient(TOKEN, server.httpPort());
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<String> keys = new ArrayList<>();
        List<Future<ApiClient.Reply>> inFlight = new ArrayList<>();
        CompletableFuture<Duration> stopping;
        List<String> afterwards = new ArrayList<>();
        Instant released;
        try (Connection contactsHeld = database.connect()) {
            // Saves that take a while: the contact table is the test's until it lets go.
            contactsHeld.setAutoCommit(false);
            try (Statement sql = contactsHeld.createStatement()) {
                sql.execute("lock table contact in exclusive mode");
            }
            for (int i = 0; i < 4; i++) {
                String key = UUID.randomUUID().toString();
                keys.add(key);
                inFlight.add(callers.submit(() -> api.post("/contacts", contact(key))));
            }
            await("the saves under way").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> waitingFor(contactsHeld) >= 4);
            assertEquals(4, waitingFor(contactsHeld), "saves under way in the server");

            stopping = CompletableFuture.supplyAsync(() -> server.stop(Duration.ofSeconds(60)));
            // New requests are turned away at once while those under way go on.
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest look = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort()
                    + "/helpline/api/v1/resources?q=fatigue")).header("Authorization", "Bearer " + TOKEN)
                    .timeout(Duration.ofSeconds(5)).build();
            await("a request refused after SIGTERM").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        try {
                            afterwards.add(Integer.toString(http.send(look, HttpResponse.BodyHandlers.discarding()).statusCode()));
                        } catch (IOException noAnswer) {
                            afterwards.add(noAnswer.getClass().getSimpleName());
                        }
                        return afterwards.contains("503");
                    });
            assertTrue(afterwards.contains("503"), "a request after SIGTERM was refused with 503: " + afterwards);
            afterwards.forEach(answer -> assertTrue(answer.equals("200") || answer.equals("503"),
                    "requests after SIGTERM answered " + afterwards));
            assertTrue(server.isRunning(), "the server waits for the saves under way");
            inFlight.forEach(save -> assertTrue(!save.isDone(), "a save answered while the contact table was held"));
            released = Instant.now();
            contactsHeld.rollback();
        }
        for (Future<ApiClient.Reply> save : inFlight) {
            ApiClient.Reply reply = save.get(30, TimeUnit.SECONDS);
            assertEquals(201, reply.status(), reply::toString);
        }
        callers.shutdown();
        Duration stopped = stopping.get(60, TimeUnit.SECONDS);
        System.out.printf("Crash test: SIGTERM: answers to new requests %s; stopped %s after the saves could go on, %s in all%n",
                afterwards, Duration.between(released, Instant.now()), stopped);
        assertTrue(!server.isRunning(), "the server stopped");
        try (Connection db = database.connect();
                PreparedStatement saved = db.prepareStatement("select count(*) from contact where idempotency_key = any (?)")) {
            saved.setArray(1, db.createArrayOf("varchar", keys.toArray()));
            try (ResultSet rows = saved.executeQuery()) {
                rows.next();
                assertEquals(4, rows.getLong(1), "contacts confirmed and stored");
            }
        }
    }

    /**
     * A transaction of the test's holding the last follow-up of a kind, so that whoever writes it waits there,
     * mid-transaction, with the rest of its work written.
     */
    private static final class Brake implements AutoCloseable {

        private final Connection db;
        private final int pid;

        Brake(String reason) throws SQLException {
            db = database.connect();
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("select pg_backend_pid()")) {
                rows.next();
                pid = rows.getInt(1);
                sql.executeQuery("select id from follow_up where reason = '" + reason + "' order by id desc limit 1 "
                        + "for no key update").close();
            }
        }

        /** The id of the transaction that has written and waits here, as soon as there is one. */
        long awaitWriter(Duration patience, String what) {
            return await(what + " reaching the row the test holds").atMost(patience).pollInterval(Duration.ofMillis(100))
                    .until(this::writer, Optional::isPresent).get();
        }

        /** Its full (64-bit) id, whose fate PostgreSQL can still tell after the kill. */
        private Optional<Long> writer() throws SQLException {
            try (Connection other = database.connect(); PreparedStatement waiting = other.prepareStatement("select "
                    + "(pg_snapshot_xmax(pg_current_snapshot())::text::bigint >> 32 << 32) + backend_xid::text::bigint "
                    + "from pg_stat_activity where backend_xid is not null and ? = any (pg_blocking_pids(pid))")) {
                waiting.setInt(1, pid);
                try (ResultSet rows = waiting.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
                }
            }
        }

        @Override
        public void close() throws SQLException {
            db.rollback();
            db.close();
        }
    }

    /** Passes if PostgreSQL rolled the transaction back; fails, saying so, if the kill came after its commit. */
    private static void assertAborted(long transaction, String what) {
        String status = await(what + "'s transaction ending").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50)).until(() -> fate(transaction), fate -> !"in progress".equals(fate));
        if ("committed".equals(status)) {
            fail("The kill came after " + what + " had committed, so this test proved nothing");
        }
        assertEquals("aborted", status, what + "'s transaction " + transaction + " after the kill");
    }

    /** What PostgreSQL says became of the transaction: in progress, committed or aborted. */
    private static String fate(long transaction) throws SQLException {
        try (Connection db = database.connect();
                PreparedStatement fate = db.prepareStatement("select pg_xact_status(?::text::xid8)")) {
            fate.setLong(1, transaction);
            try (ResultSet rows = fate.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /**
     * Adviser2 (Tom Okafor) holds {@link #WORK} more open cases, each with an open follow-up due tomorrow; the
     * team queue holds as many follow-ups, due tomorrow for now.
     */
    private static void giveAdviser2ALotOfWork() throws SQLException {
        execute("insert into helpline_case (id, case_number, caller_id, owner_id, title, status, opened_at, dated_at, "
                + "updated_at, updated_by_id, version) select nextval('helpline_case_seq'), 'CRASH-' || g, (select min(id) "
                + "from caller), u.id, 'Crash test case ' || g, 'OPEN', now() - interval '3 days', now() - interval '3 days', "
                + "now() - interval '3 days', u.id, 0 "
                + "from generate_series(1, " + WORK + ") g, user_account u where u.username = 'adviser2'");
        for (String reason : List.of(HELD, OVERDUE)) {
            execute("insert into follow_up (id, kind, case_id, caller_id, due_from, due_until, owner_id, reason, status, "
                    + "failed_attempts, booked_by_id, booked_at, dated_at, updated_at, updated_by_id, version) select "
                    + "nextval('follow_up_seq'), 'OTHER', k.id, k.caller_id, now() + interval '1 day', now() + interval '2 days', "
                    + (reason.equals(HELD) ? "k.owner_id" : "null") + ", '" + reason + "', 'OPEN', 0, k.owner_id, now(), now(), now(), "
                    + "k.owner_id, 0 from helpline_case k where k.title like 'Crash test%' order by k.id");
        }
        execute("analyze");
    }

    /** The supervisor hands all adviser2's work to adviser; without waiting for the answer unless {@code waitForIt}. */
    private static void reassignAdviser2sWork(Browser supervisor, boolean waitForIt) {
        supervisor.open("/").signIn("supervisor", "supervisor-demo-2026");
        supervisor.open("/supervision/reassign.xhtml");
        new Select(supervisor.find("#reassign\\:from")).selectByValue("adviser2");
        new Select(supervisor.find("#reassign\\:to")).selectByValue("adviser");
        supervisor.find("#reassign\\:reason").sendKeys(WHY);
        if (waitForIt) {
            supervisor.driver().manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
            supervisor.find("#reassign\\:reassignAll").click();
            assertTrue(supervisor.waitFor(".form-info").getText().startsWith("Moved "), supervisor.pageText());
        } else {
            // Pressed a moment after the script returns: the driver would otherwise wait for the answer.
            ((JavascriptExecutor) supervisor.driver())
                    .executeScript("setTimeout(() => document.getElementById('reassign:reassignAll').click(), 500)");
        }
    }

    /**
     * Makes the test's overdue follow-ups due a few seconds from now: past their end by exactly the grace the
     * server allows then, so that no update is needed when they become due. Returns when.
     */
    private static Timestamp dueInAFewSeconds() throws SQLException {
        try (Connection db = database.connect(); PreparedStatement update = db.prepareStatement("update follow_up "
                + "set due_from = now() - interval '3 days', due_until = now() - make_interval(secs => ?) + interval "
                + "'5 seconds', version = version + 1 where reason = ? returning due_until + make_interval(secs => ?)")) {
            update.setLong(1, OVERDUE_GRACE.toSeconds());
            update.setString(2, OVERDUE);
            update.setLong(3, OVERDUE_GRACE.toSeconds());
            List<Timestamp> due = new ArrayList<>();
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    due.add(rows.getTimestamp(1));
                }
            }
            assertEquals(WORK, due.size(), "overdue follow-ups");
            return due.get(0);
        }
    }

    private static long held(String username, String reason) throws SQLException {
        return count("select count(*) from follow_up where reason = '" + reason + "' and owner_id = "
                + "(select id from user_account where username = '" + username + "')");
    }

    private static long reassignedEvents() throws SQLException {
        return count("select count(*) from case_event e join helpline_case k on k.id = e.case_id where e.kind = 'REASSIGNED' "
                + "and k.title like 'Crash test%'") + count("select count(*) from follow_up_event e join follow_up f "
                + "on f.id = e.follow_up_id where e.kind = 'REASSIGNED' and f.reason = '" + HELD + "'");
    }

    private static long escalated() throws SQLException {
        return count("select count(distinct e.follow_up_id) from follow_up_event e join follow_up f on f.id = e.follow_up_id "
                + "where e.kind = 'ESCALATED' and f.reason = '" + OVERDUE + "'");
    }

    /** The escalation's runs due after {@code since}: for each tick, how many times it ran. */
    private static Map<Instant, Long> runsSince(Instant since) throws SQLException {
        Map<Instant, Long> runs = new TreeMap<>();
        try (Connection db = database.connect();
                PreparedStatement select = db.prepareStatement("select due_at, count(*) from scheduled_run "
                        + "where job = 'escalation' and due_at > ? group by due_at")) {
            select.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    runs.put(rows.getTimestamp(1).toInstant(), rows.getLong(2));
                }
            }
        }
        return runs;
    }

    /** How many of the server's connections wait for a lock that {@code holder} holds. */
    private static long waitingFor(Connection holder) throws SQLException {
        int pid;
        try (Statement sql = holder.createStatement(); ResultSet rows = sql.executeQuery("select pg_backend_pid()")) {
            rows.next();
            pid = rows.getInt(1);
        }
        return count("select count(*) from pg_stat_activity where " + pid + " = any (pg_blocking_pids(pid))");
    }

    private static String contact(String key) {
        return "{\"idempotencyKey\":\"" + key + "\",\"startedAt\":\"" + Instant.now().minus(5, ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.SECONDS) + "\",\"durationMinutes\":6,\"callerType\":\"person-with-ms\","
                + "\"topics\":[\"diagnosis\"],\"summary\":\"Asked what happens at a neurology appointment.\","
                + "\"outcome\":\"information-given\"}";
    }

    private static long count(String query) throws SQLException {
        try (Connection db = database.connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int execute(String statement) throws SQLException {
        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
            return sql.executeUpdate(statement);
        }
    }
}
