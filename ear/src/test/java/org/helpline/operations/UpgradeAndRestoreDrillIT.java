package org.helpline.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.helpline.testing.ApiClient;
import org.helpline.testing.PageSignIn;
import org.helpline.testing.PhoneEvents;
import org.helpline.testing.ScratchDatabase;
import org.helpline.testing.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The upgrade and the restore drill, with two server starts between them. First the previous release's
 * database (its demo data, as {@code ear/src/upgrade/release-snapshot.sh} wrote it) gets this build's server,
 * which must migrate it with nothing lost. Then that database is backed up with {@code ops/backup.sh},
 * restored into an empty one with {@code ops/restore.sh}, and a server started on the copy must hold every row,
 * give the same monthly report and let the same people sign in.
 */
@Tag("own-servers")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeAndRestoreDrillIT {

    private static final Path FIXTURES = Path.of(System.getProperty("helpline.upgrade.fixtures"));
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");
    /** A Flyway migration written in Java: {@code V28__Phone_numbers_and_name_sounds_recomputed.java}. */
    private static final Pattern JAVA_MIGRATION = Pattern.compile("V(\\d+)__\\w+\\.java");
    private static final String TOKEN = "hlp_restore-drill-supervisor-01";
    /** A demo repeat caller in every release's demo data (Margaret Doyle), as typed and as stored. */
    private static final String KNOWN_CALLER_PHONE = "07700900101";
    private static final String KNOWN_CALLER_STORED = "+447700900101";
    /** Kept a week, then pruned by the server itself (ScheduledRuns). */
    private static final String PRUNED = "scheduled_run";

    private static ScratchDatabase upgraded;
    private static ScratchDatabase restored;
    private static String release;
    private static Census beforeUpgrade;
    private static List<String> oldHistory;
    private static ServerProcess server;
    private static ScratchDatabase serversDatabase;
    private static YearMonth reportMonth;
    private static String reportBeforeBackup;
    private static Census atBackup;

    @BeforeAll
    static void startThisBuildOnThePreviousReleasesDatabase() throws SQLException {
        release = System.getProperty("helpline.upgrade.from", newestFixture());
        Path fixture = FIXTURES.resolve(release + ".sql.gz");
        assertTrue(Files.isRegularFile(fixture), "no fixture " + fixture + "; make it with ear/src/upgrade/release-snapshot.sh");
        upgraded = new ScratchDatabase("upgrade").recreate();
        restored = new ScratchDatabase("restored");
        Command.Outcome loaded = Command.loadDump(upgraded, fixture);
        assertEquals(0, loaded.status(), () -> "loading " + fixture + ": " + loaded);
        try (Connection db = upgraded.connect()) {
            beforeUpgrade = Census.of(db);
            oldHistory = history(db);
        }
        assertTrue(beforeUpgrade.rows("contact") > 100, "the fixture has demo contacts: " + beforeUpgrade.rows("contact"));

        server = ServerProcess.single("upgraded", 720, upgraded);
        serversDatabase = upgraded;
        server.start();
        // An integration's API token, issued as an admin would (the current schema's table: after the upgrade).
        try (Connection db = upgraded.connect()) {
            ApiClient.issueToken(db, "supervisor", "ADVISER,SUPERVISOR", TOKEN, "restore drill");
        }
    }

    @AfterAll
    static void stopAndDropEverything() {
        if (server != null) {
            server.kill();
        }
        if (upgraded != null) {
            upgraded.drop();
            restored.drop();
        }
    }

    @Test
    @Order(1)
    void flywayAppliedEveryMigrationOfThisBuildOnTopOfTheReleasesOnes() throws Exception {
        Set<String> ours = migrationsInThisBuild();
        try (Connection db = upgraded.connect()) {
            List<String> now = history(db);
            assertEquals(oldHistory, now.subList(0, Math.min(oldHistory.size(), now.size())),
                    "the release's migrations stay as they were, neither run again nor changed");
            Set<String> applied = new TreeSet<>(Comparator.comparingInt(Integer::parseInt));
            try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(
                    "select version, success from flyway_schema_history where version is not null")) {
                while (rs.next()) {
                    assertTrue(rs.getBoolean(2), "migration V" + rs.getString(1) + " succeeded");
                    applied.add(rs.getString(1));
                }
            }
            assertEquals(ours, applied, "every migration of this build is applied, and no other");
            System.out.printf("Upgrade from %s: migrations %s applied on top of the release's %d%n", release,
                    now.subList(oldHistory.size(), now.size()), oldHistory.size());
        }
    }

    @Test
    @Order(2)
    void everyRowOfTheReleaseIsStillThere() throws SQLException {
        try (Connection db = upgraded.connect()) {
            assertEquals(List.of(), beforeUpgrade.without(PRUNED).lostIn(Census.of(db, beforeUpgrade)),
                    "rows of " + release + " lost or changed in the upgrade");
        }
    }

    @Test
    @Order(3)
    void theDemoAdminSignsInAndAKnownCallerIsFound() throws SQLException {
        signInsAndLookUpsWork();
    }

    @Test
    @Order(4)
    void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryRow(/* of the upgraded database, server stopped */) throws Exception {
        try (Connection db = upgraded.connect()) {
            reportMonth = lastFullMonthOfContacts(db);
        }
        reportBeforeBackup = monthlyReport();
        server.stop(Duration.ofMinutes(1));
        try (Connection db = upgraded.connect()) {
            atBackup = Census.of(db);
        }

        Path backups = Files.createDirectories(Path.of(System.getProperty("helpline.servers.dir"), "backups"));
        clear(backups);
        Command.Outcome backup = Command.ops(upgraded, "backup.sh", "--dir", backups.toString()).run();
        assertEquals(0, backup.status(), backup::toString);
        List<Path> written = list(backups);
        assertEquals(2, written.size(), "a backup and its checksum, nothing else: " + written);
        Path dump = written.stream().filter(p -> p.toString().endsWith(".dump")).findFirst().orElseThrow();
        assertTrue(Files.size(dump) > 10_000, "the backup's size: " + Files.size(dump));

        // The restore refuses a database with tables in it, and a damaged backup, and changes nothing.
        Command.Outcome overData = Command.ops(upgraded, "restore.sh", dump.toString()).run();
        assertNotEquals(0, overData.status(), overData::toString);
        assertTrue(overData.output().contains("is not empty"), overData::toString);
        restored.recreate();
        Path damaged = damagedCopy(dump);
        Command.Outcome fromDamaged = Command.ops(restored, "restore.sh", damaged.toString()).run();
        assertNotEquals(0, fromDamaged.status(), fromDamaged::toString);
        assertTrue(fromDamaged.output().contains("does not match its checksum"), fromDamaged::toString);
        try (Connection db = restored.connect()) {
            assertEquals(0, Census.of(db).tables().size(), "the refused restore left the database empty");
        }

        Command.Outcome restore = Command.ops(restored, "restore.sh", dump.toString()).run();
        assertEquals(0, restore.status(), restore::toString);
        assertTrue(restore.output().matches("(?s).*contact +" + atBackup.rows("contact") + " rows.*"),
                () -> "the restore says how many contacts it restored (" + atBackup.rows("contact") + "): " + restore);
        try (Connection db = restored.connect()) {
            assertEquals(atBackup, Census.of(db), "the restored database holds what the backed-up one held");
        }
    }

    @Test
    @Order(5)
    void aServerOnTheRestoredDatabaseGivesTheSameReportAndSignIns() throws SQLException {
        server = ServerProcess.single("restored", 720, restored);
        serversDatabase = restored;
        server.start();
        assertEquals(reportBeforeBackup, monthlyReport(), "the " + reportMonth + " report after the restore");
        signInsAndLookUpsWork();
    }

    private static void signInsAndLookUpsWork() throws SQLException {
        PageSignIn page = new PageSignIn(server.httpPort());
        assertEquals("Rhys Evans", page.signIn("admin", "admin-demo-2026"), "the demo admin signs in through the page");
        assertEquals("", page.signIn("admin", "not-the-admin-password"), "a wrong password is refused");

        ApiClient.Reply found = new ApiClient(TOKEN, server.httpPort()).get("/callers?q=" + KNOWN_CALLER_PHONE);
        assertEquals(200, found.status(), found::toString);
        assertEquals(1, found.items().size(), found::toString);
        JsonObject caller = found.items().getJsonObject(0);
        try (Connection db = serversDatabase.connect(); PreparedStatement known = db.prepareStatement(
                "select c.id, c.full_name from caller c join caller_phone p on p.caller_id = c.id where p.number = ?")) {
            known.setString(1, KNOWN_CALLER_STORED);
            try (ResultSet rs = known.executeQuery()) {
                assertTrue(rs.next(), "the known caller is in the data");
                assertEquals(rs.getLong(1), caller.getJsonNumber("id").longValue(), found::toString);
                assertEquals(rs.getString(2), caller.getString("displayName"), found::toString);
            }
        }
        assertTrue(!caller.getJsonArray("lastContacts").isEmpty(), "the caller's contacts come with them: " + found);

        // The release kept the demo phone system's secret in plain text; now it is encrypted, and still checks.
        try (Connection db = serversDatabase.connect(); Statement sql = db.createStatement(); ResultSet rs =
                sql.executeQuery("select shared_secret from phone_system where code = '" + PhoneEvents.SYSTEM + "'")) {
            assertTrue(rs.next(), "the release's demo phone system");
            assertTrue(rs.getString(1).startsWith("enc:v1:") && !rs.getString(1).contains(PhoneEvents.SECRET),
                    "its secret is encrypted");
        }
        String event = PhoneEvents.event(PhoneEvents.id("call"), "RINGING", "+447700900121", null);
        String timestamp = PhoneEvents.now();
        ApiClient.Reply received = new ApiClient(null, server.httpPort()).send("POST", "/telephony/events", event,
                "application/json", "X-Helpline-Phone-System", PhoneEvents.SYSTEM, "X-Helpline-Timestamp", timestamp,
                "X-Helpline-Signature", PhoneEvents.sign(timestamp, event));
        assertEquals(202, received.status(), received::toString);
    }

    /** The report's figures for {@link #reportMonth}, all lines, through the API; checked to count something. */
    private static String monthlyReport() {
        ApiClient.Reply report = new ApiClient(TOKEN, server.httpPort()).get("/reports/monthly/" + reportMonth);
        assertEquals(200, report.status(), report::toString);
        assertTrue(report.json().getJsonArray("sections").stream().map(s -> s.asJsonObject().getJsonArray("rows"))
                .flatMap(rows -> rows.stream()).anyMatch(row -> row.asJsonObject().getJsonNumber("month").longValue() > 0),
                "the " + reportMonth + " report counts something: " + report);
        return report.body();
    }

    /**
     * The month before the last demo contact's: nothing a server does while the test runs (escalating overdue
     * follow-ups now) can change its figures.
     */
    private static YearMonth lastFullMonthOfContacts(Connection db) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("select max(started_at) from contact")) {
            rs.next();
            return YearMonth.from(rs.getTimestamp(1).toInstant().atZone(ZoneId.of("Europe/London"))).minusMonths(1);
        }
    }

    /** The schema history, a line a migration, in order. */
    private static List<String> history(Connection db) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("select installed_rank, version, "
                + "description, checksum, installed_on, success from flyway_schema_history order by installed_rank")) {
            while (rs.next()) {
                lines.add(rs.getInt(1) + " V" + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                        + rs.getTimestamp(5).toInstant() + " " + rs.getBoolean(6));
            }
        }
        return lines;
    }

    /** The versions of this build's migrations on PostgreSQL: the common ones, PostgreSQL's own and those in Java. */
    private static Set<String> migrationsInThisBuild() throws IOException {
        Set<String> versions = new TreeSet<>(Comparator.comparingInt(Integer::parseInt));
        Path resources = Command.REPOSITORY.resolve("ejb/src/main/resources/db");
        for (Path folder : List.of(resources.resolve("migration"), resources.resolve("vendor/postgresql"))) {
            for (Path file : list(folder)) {
                Matcher m = MIGRATION.matcher(file.getFileName().toString());
                if (m.matches()) {
                    versions.add(m.group(1));
                }
            }
        }
        // And those written in Java (SchemaMigrations names them), found by their class's file name.
        try (Stream<Path> sources = Files.walk(Command.REPOSITORY.resolve("ejb/src/main/java"))) {
            sources.map(f -> JAVA_MIGRATION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .forEach(m -> versions.add(m.group(1)));
        }
        assertTrue(versions.size() >= 24, "this build's migrations: " + versions);
        return versions;
    }

    /** The fixture of the newest release there is one for (v0.10.0 after v0.9.0). */
    private static String newestFixture() {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("v[\\d.]+\\.sql\\.gz"))
                    .map(n -> n.substring(0, n.length() - ".sql.gz".length()))
                    .max(Comparator.comparing(UpgradeAndRestoreDrillIT::versionKey))
                    .orElseThrow(() -> new IllegalStateException("no release fixtures in " + FIXTURES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String versionKey(String tag) {
        StringBuilder key = new StringBuilder();
        for (String part : tag.substring(1).split("\\.")) {
            key.append(String.format("%06d", Integer.parseInt(part)));
        }
        return key.toString();
    }

    /** A copy of the backup with one byte changed, beside its (now wrong) checksum file. */
    private static Path damagedCopy(Path dump) throws IOException {
        Path copy = Files.createTempDirectory("helpline-damaged").resolve(dump.getFileName());
        byte[] bytes = Files.readAllBytes(dump);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(copy, bytes);
        Files.copy(Path.of(dump + ".sha256"), Path.of(copy + ".sha256"));
        return copy;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static void clear(Path folder) throws IOException {
        for (Path file : list(folder)) {
            Files.delete(file);
        }
    }
}
