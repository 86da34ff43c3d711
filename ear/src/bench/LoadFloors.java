import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helpline.callers.NameKey;

/**
 * The floor for the load benchmark: the raw SQL that does the work of each path the load drives, timed
 * on one JDBC connection, one statement after another, every row read; then, given Gatling's report,
 * the table of both side by side with the targets.
 *
 * The name look-up codes names with the application's own {@code NameKey} (hence its classes and
 * commons-codec on the class path).
 *
 * <pre>
 *   java -cp postgresql.jar:ejb/target/classes:commons-codec.jar LoadFloors.java --jdbc URL --data DIR [--runs N] [--gatling REPORT_DIR --seconds S --read-seconds R]
 * </pre>
 *
 * <ul>
 * <li><b>save a contact</b>: in one transaction, what saving a contact writes: the idempotency check, the
 *     contact and its topics, and for half of them a new caller with their number; the audit revision and
 *     the _aud rows Envers adds. Written with negative ids and deleted at the end
 *     (in a transaction that declares itself an erasure, the one thing the audit trail lets delete).
 * <li><b>look up a caller by phone / by name</b>: the matching callers (up to 8, by number, or by each
 *     word of the name or its sound), then for all of them at once their numbers, open cases, risk
 *     flags, open follow-ups and referrals under way, and each one's last three contacts.
 * <li><b>search contacts</b>: per word, the callers (among those the adviser works with) and the cases
 *     that hold it, then the contacts with the word (its prefix) in their notes or with one of those
 *     callers or cases: counted up to 1,000, and the newest 20 with channel, line, adviser, caller, case.
 * </ul>
 */
public class LoadFloors {

    /** Callers whose name holds the word, among those the adviser works with. */
    private static final String CALLERS_NAMED = "select sc.id from caller sc where sc.name_key like ? "
            + "and (exists (select 1 from contact wc where wc.caller_id = sc.id and wc.adviser_id = ?) "
            + "or exists (select 1 from helpline_case wk where wk.caller_id = sc.id and (wk.owner_id = ? "
            + "or (wk.owner_id is null and wk.status <> 'CLOSED'))) "
            + "or exists (select 1 from follow_up wf where wf.caller_id = sc.id and wf.status = 'OPEN' "
            + "and (wf.owner_id is null or wf.owner_id = ?))) limit 20001";
    /** Cases whose title or notes hold the word. */
    private static final String CASES_WITH = "select sk.id from helpline_case sk where lower(sk.title) like ? "
            + "union select e.case_id from case_event e where lower(e.text) like ? limit 20001";
    /** A contact whose notes hold the word, or whose caller or case is one of those. */
    private static final String WORD = "(to_tsvector('simple', coalesce(c.summary, '') || ' ' || coalesce(c.information_given, '')) "
            + "@@ to_tsquery('simple', ? || ':*') or c.caller_id = any (?) or c.case_id = any (?))";

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path data = Path.of(opts.getOrDefault("data", "ear/target/load-data"));
        int runs = Integer.parseInt(opts.getOrDefault("runs", "200"));
        if (opts.containsKey("throughput")) {
            throughput(opts, data, runs);
            return;
        }
        Map<String, double[]> floors = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(opts.get("jdbc"), "postgres", "")) {
            // As the search does (QueryPlans): each statement planned for the values it is given.
            try (var s = db.createStatement()) {
                s.execute("set plan_cache_mode = force_custom_plan");
            }
            LoadFloors f = new LoadFloors(db, data);
            f.cleanUp();
            floors.put("save a contact", f.time(runs, f::save));
            f.cleanUp();
            floors.put("look up a caller by phone", f.time(runs, i -> f.lookUpByPhone(f.phones.get(i % f.phones.size()))));
            floors.put("look up a caller by name", f.time(runs, i -> f.lookUpByName(f.names.get(i % f.names.size()))));
            floors.put("search contacts", f.time(runs, i -> f.search(f.words.get(i % f.words.size()))));
        }
        System.out.printf(Locale.ROOT, "Floors: raw SQL on one connection, %d runs each after %d warm-up runs (ms)%n", runs, runs / 4);
        System.out.printf(Locale.ROOT, "%-28s %8s %8s %8s%n", "path", "p50", "p95", "p99");
        floors.forEach((path, t) -> System.out.printf(Locale.ROOT, "%-28s %8.2f %8.2f %8.2f%n", path, t[0], t[1], t[2]));
        if (opts.containsKey("gatling")) {
            int seconds = Integer.parseInt(opts.getOrDefault("seconds", "60"));
            int readSeconds = Integer.parseInt(opts.getOrDefault("read-seconds", String.valueOf(Math.max(10, seconds / 2))));
            Map<String, double[]> server = opts.containsKey("access-log")
                    ? serverTimes(Path.of(opts.get("access-log")), opts.getOrDefault("shifts", "50,200"), seconds)
                    : Map.of();
            table(Path.of(opts.get("gatling")), floors, server, seconds, readSeconds);
        }
    }

    private final Connection db;
    private final List<String> phones;
    private final List<String> names;
    /** The Soundex codes of each name's words, as the database keeps them for the look-up. */
    private final List<String> words;
    private final long adviserId;
    private final long channelId;
    private final long lineId;
    private final long callerTypeId;
    private final long outcomeId;
    private final long[] topicIds;

    LoadFloors(Connection db, Path data) throws Exception {
        this.db = db;
        this.phones = Files.readAllLines(data.resolve("phones.txt")).stream().map(LoadFloors::normalised).toList();
        this.names = Files.readAllLines(data.resolve("names.txt"));
        this.words = Files.readAllLines(data.resolve("words.txt"));
        this.adviserId = single("select id from user_account where username = 'bench-adviser-001'");
        this.channelId = single("select id from channel where code = 'phone'");
        this.lineId = single("select id from helpline_line where code = 'info-line'");
        this.callerTypeId = single("select id from caller_type where code = 'person-with-ms'");
        this.outcomeId = single("select id from outcome where code = 'information-given'");
        this.topicIds = query("select id from topic where active and parent_id is not null order by id limit 20")
                .stream().mapToLong(r -> ((Number) r[0]).longValue()).toArray();
    }

    interface Run {
        void run(int i) throws SQLException;
    }

    /** p50, p95 and p99 in milliseconds of runs of the work, after a quarter as many warm-up runs. */
    double[] time(int runs, Run work) throws SQLException {
        for (int i = 0; i < runs / 4; i++) {
            work.run(runs + i);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run(i);
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {at(ms, 0.50), at(ms, 0.95), at(ms, 0.99)};
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private int saved;

    void save(int i) throws SQLException {
        save(i, i % 2 == 0);
    }

    void save(int i, boolean newCaller) throws SQLException {
        long id = -1 - saved++;
        Timestamp now = Timestamp.from(Instant.now());
        committed(() -> {
            // As the service asks: the adviser's own contact with this key (keys are each adviser's own).
            query("select id from contact where adviser_id = ? and idempotency_key = ?", adviserId, "floor-" + id);
            update("insert into audit_revision (id, revised_at, username) values (?, ?, 'bench-adviser-001')", id, now);
            Long callerId = null;
            if (newCaller) {
                callerId = id;
                String name = "Floor Caller " + (-id);
                String phone = "+447" + String.format("%09d", -id);
                update("insert into caller (id, full_name, name_key, name_sounds, consent_given_at, consent_wording_version, "
                        + "created_at, updated_at, updated_by_id, version) values (?, ?, ?, ?, ?, '1', ?, ?, ?, 0)",
                        id, name, NameKey.plain(name), NameKey.sounds(name), now, now, now, adviserId);
                update("insert into caller_phone (caller_id, number) values (?, ?)", id, phone);
                update("insert into caller_aud (id, rev, revtype, full_name, name_key, name_sounds, consent_given_at, "
                        + "consent_wording_version, created_at, updated_at, updated_by_id) values (?, ?, 0, ?, ?, ?, ?, '1', ?, ?, ?)",
                        id, id, name, NameKey.plain(name), NameKey.sounds(name), now, now, now, adviserId);
                update("insert into caller_phone_aud (rev, revtype, caller_id, number) values (?, 0, ?, ?)", id, id, phone);
            }
            String summary = "Caller asked about fatigue at work and the FACETS course. Talked it through and sent the factsheet.";
            update("insert into contact (id, idempotency_key, channel_id, direction, line_id, started_at, duration_seconds, "
                    + "caller_type_id, caller_id, summary, outcome_id, follow_up_needed, referral_needed, adviser_id, logged_at, "
                    + "updated_at, updated_by_id, version) values (?, ?, ?, 'INBOUND', ?, ?, 600, ?, ?, ?, ?, false, false, ?, ?, ?, ?, 0)",
                    id, "floor-" + id, channelId, lineId, now, callerTypeId, callerId, summary, outcomeId, adviserId, now, now, adviserId);
            update("insert into contact_aud (id, rev, revtype, duration_seconds, follow_up_needed, referral_needed, adviser_id, "
                    + "caller_id, caller_type_id, channel_id, line_id, logged_at, outcome_id, started_at, updated_at, updated_by_id, "
                    + "idempotency_key, summary, direction) values (?, ?, 0, 600, false, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'INBOUND')",
                    id, id, adviserId, callerId, callerTypeId, channelId, lineId, now, outcomeId, now, now, adviserId, "floor-" + id, summary);
            for (int t = 0; t < 2; t++) {
                long topic = topicIds[(i + t * 7) % topicIds.length];
                update("insert into contact_topic (contact_id, topic_id) values (?, ?)", id, topic);
                update("insert into contact_topic_aud (rev, revtype, contact_id, topic_id) values (?, 0, ?, ?)", id, id, topic);
            }
        });
    }

    /** Removes the floor's own rows (negative ids); the audit trail allows that only to an erasure. */
    void cleanUp() throws SQLException {
        db.setAutoCommit(false);
        update("set local helpline.erasure = 'on'");
        for (String table : List.of("contact_topic_aud", "contact_aud", "caller_phone_aud", "caller_aud")) {
            update("delete from " + table + " where rev < 0");
        }
        update("delete from contact_topic where contact_id < 0");
        update("delete from contact where id < 0");
        update("delete from caller_phone where caller_id < 0");
        update("delete from caller where id < 0");
        update("delete from audit_revision where id < 0");
        update("delete from access_log where id < 0");
        db.commit();
        db.setAutoCommit(true);
    }

    void lookUpByPhone(String phone) throws SQLException {
        describe(ids(query("select distinct c.id, c.updated_at from caller c join caller_phone p on p.caller_id = c.id "
                + "where p.number = ? order by c.updated_at desc limit 8", phone)));
    }

    /**
     * As CallerLookup.byName: each word of two letters or more matches part of the name or one of its sounds
     * (by code, as the index on the codes answers it); the 1,000 most recently changed callers first, and all
     * of them only when fewer than eight of those match.
     */
    void lookUpByName(String name) throws SQLException {
        StringBuilder where = new StringBuilder(" where c.name_key is not null");
        List<Object> params = new ArrayList<>();
        for (String part : NameKey.plain(name).split(" ")) {
            if (part.length() < 2) {
                continue;
            }
            where.append(" and (c.name_key like ?");
            params.add("%" + part + "%");
            List<String> codes = NameKey.codes(part);
            if (!codes.isEmpty()) {
                where.append(" or string_to_array(btrim(c.name_sounds), ' ') && string_to_array(?, ' ')");
                params.add(String.join(" ", codes));
            }
            where.append(')');
        }
        String order = " order by c.updated_at desc, c.id desc limit 8";
        List<Long> found = ids(query("select c.id from (select id, updated_at, name_key, name_sounds from caller "
                + "order by updated_at desc, id desc limit 1000) c" + where + order, params.toArray()));
        if (found.size() < 8) {
            found = ids(query("select c.id from caller c" + where + " order by greatest(c.updated_at, c.created_at) desc, "
                    + "c.id desc limit 8", params.toArray()));
        }
        describe(found);
    }

    private void describe(List<Long> callers) throws SQLException {
        if (callers.isEmpty()) {
            return;
        }
        Long[] ids = callers.toArray(Long[]::new);
        java.sql.Array in = db.createArrayOf("bigint", ids);
        query("select c.*, p.number from caller c left join caller_phone p on p.caller_id = c.id where c.id = any (?)", in);
        query("select * from helpline_case k where k.caller_id = any (?) and k.status <> 'CLOSED' order by k.opened_at desc", in);
        query("select * from risk_flag f where f.caller_id = any (?) order by f.raised_at desc", in);
        query("select f.caller_id, count(*) from follow_up f where f.caller_id = any (?) and f.status = 'OPEN' group by f.caller_id", in);
        query("select r.*, s.* from referral r join support_service s on s.id = r.service_id where r.caller_id = any (?) "
                + "and r.status in ('PROPOSED', 'SENT', 'ACCEPTED', 'ENROLLED') order by r.referred_at desc", in);
        for (Long id : ids) {
            query("select c.*, ch.*, ct.* from contact c join channel ch on ch.id = c.channel_id "
                    + "left join caller_type ct on ct.id = c.caller_type_id where c.caller_id = ? order by c.started_at desc limit 3", id);
        }
    }

    void search(String text) throws SQLException {
        // As the search does: each word (of two letters or more) must match; the callers and cases a
        // word matches are found first, then one pass over the contacts, counted up to 1,000 and the
        // newest 20 read with what the results show.
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 2).toList();
        List<Object> params = new ArrayList<>();
        for (String w : words) {
            String like = "%" + w + "%";
            Long[] callers = ids(query(CALLERS_NAMED, like, adviserId, adviserId, adviserId)).toArray(Long[]::new);
            Long[] cases = ids(query(CASES_WITH, like, like)).toArray(Long[]::new);
            params.addAll(List.of(w, db.createArrayOf("bigint", callers), db.createArrayOf("bigint", cases)));
        }
        String where = String.join(" and ", java.util.Collections.nCopies(words.size(), WORD));
        int matching = query("select c.id from contact c where " + where + " limit 1001", params.toArray()).size();
        // Few matches: find them all, then sort; many: newest first from the index (as the search does).
        String newest = matching <= 1000 ? "coalesce(c.started_at, c.started_at)" : "c.started_at";
        query("select c.*, ch.code, l.code, u.username, cl.full_name, k.case_number from contact c "
                + "join channel ch on ch.id = c.channel_id join helpline_line l on l.id = c.line_id "
                + "join user_account u on u.id = c.adviser_id left join caller cl on cl.id = c.caller_id "
                + "left join helpline_case k on k.id = c.case_id where " + where
                + " order by " + newest + " desc, c.id desc limit 20", params.toArray());
    }

    /**
     * The case list's floor: the team queue's first page of 20 with each case's caller, its count, and the
     * access log's line for each caller shown (one batch), committed.
     */
    void caseList(int i) throws SQLException {
        committed(() -> {
            List<Object[]> page = query("select k.*, c.full_name, c.version from helpline_case k join caller c on c.id = k.caller_id "
                    + "where k.owner_id is null and k.status <> 'CLOSED' order by k.updated_at, k.id limit 20");
            query("select count(*) from helpline_case k where k.owner_id is null and k.status <> 'CLOSED'");
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement s = db.prepareStatement("insert into access_log (id, at, username, action, record_type, "
                    + "record_id, caller_id, detail) values (?, ?, 'bench-adviser-001', 'LISTED', 'caller', ?, ?, 'cases in the team queue')")) {
                for (Object[] row : page) {
                    long caller = ((Number) row[columnOf("caller_id")]).longValue();
                    bind(s, new Object[] {-1 - listedRows++, now, caller, caller});
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    interface Work {
        void run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed, or rolled back if it fails. */
    private void committed(Work work) throws SQLException {
        db.setAutoCommit(false);
        try {
            work.run();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private long listedRows;
    private int callerColumn = -1;

    private int columnOf(String name) throws SQLException {
        if (callerColumn < 0) {
            try (ResultSet rs = db.prepareStatement("select * from helpline_case limit 0").executeQuery()) {
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    if (rs.getMetaData().getColumnName(c).equals(name)) {
                        callerColumn = c - 1;
                    }
                }
            }
        }
        return callerColumn;
    }

    /**
     * The closed-model benchmark's floors and table. Each floor is timed as above, and its CPU time measured:
     * this thread's (the client's) and the PostgreSQL backend's serving it (from /proc), per run. Then the
     * phases the script ran (a file of "path users report-dir server-cpu-ms postgres-cpu-ms machine-cpu-ms
     * seconds" lines) are read with Gatling's reports and printed beside the floors.
     */
    static void throughput(Map<String, String> opts, Path data, int runs) throws Exception {
        Map<String, double[]> floors = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(opts.get("jdbc"), "postgres", "")) {
            LoadFloors f = new LoadFloors(db, data);
            long backend = f.single("select pg_backend_pid()");
            f.cleanUp();
            Set<String> ran = new HashSet<>();
            for (String line : Files.readAllLines(Path.of(opts.get("throughput")))) {
                ran.add(line.strip().split("\\s+")[0]);
            }
            if (ran.contains("create")) {
                floors.put("create contact", f.timeWithCpu(runs, backend, i -> f.save(i, true)));
            }
            if (ran.contains("cases")) {
                floors.put("case list", f.timeWithCpu(runs, backend, f::caseList));
            }
            if (ran.contains("name")) {
                floors.put("look up by name", f.timeWithCpu(runs, backend, i -> f.lookUpByName(f.names.get(i % f.names.size()))));
            }
            f.cleanUp();
        }
        System.out.printf(Locale.ROOT, "Floors: raw SQL on one connection, %d runs each after %d warm-up runs%n", runs, runs / 4);
        System.out.printf(Locale.ROOT, "%-16s %8s %8s %8s %8s %12s %12s%n", "path", "p50 ms", "p95 ms", "p99 ms", "ops/s",
                "client CPU", "db CPU ms");
        floors.forEach((path, t) -> System.out.printf(Locale.ROOT, "%-16s %8.2f %8.2f %8.2f %8.0f %12.2f %12.2f%n",
                path, t[0], t[1], t[2], 1000 / t[3], t[4], t[5]));
        System.out.println("(ops/s: one connection, back to back; CPU: milliseconds per run, the client's thread and the"
                + " PostgreSQL backend's)");
        System.out.println();
        System.out.println("Closed model (Gatling): N connections, each sending its next request as soon as the last is answered");
        System.out.printf(Locale.ROOT, "%-22s %6s %6s %7s %6s %6s %6s | %8s %8s %8s %9s | %8s %9s | %s%n",
                "path @ connections", "count", "errors", "req/s", "p50", "p95", "p99", "WildFly", "Postgres", "server",
                "machine", "floor50", "floor CPU", "target");
        for (String line : Files.readAllLines(Path.of(opts.get("throughput")))) {
            String[] p = line.strip().split("\\s+");
            if (p.length < 7) {
                continue;
            }
            String path = switch (p[0]) {
                case "create" -> "create contact";
                case "cases" -> "case list";
                default -> "look up by name";
            };
            int users = Integer.parseInt(p[1]);
            Map<Integer, Double> col = gatlingRow(Path.of(p[2]), path + " @" + users);
            double seconds = Double.parseDouble(p[6]);
            long count = Math.round(col.get(2));
            long errors = Math.round(col.get(4));
            double rate = count / seconds;
            double wildfly = Double.parseDouble(p[3]) / Math.max(count, 1);
            double postgres = Double.parseDouble(p[4]) / Math.max(count, 1);
            double machine = Double.parseDouble(p[5]) / Math.max(count, 1);
            double[] floor = floors.get(path);
            double floorCpu = floor[4] + floor[5];
            String verdict = "";
            if (path.equals("create contact")) {
                List<String> asked = new ArrayList<>();
                boolean met = errors == 0 && rate >= 250;
                asked.add("0 errors, >= 250 req/s");
                if (users == 10) {
                    asked.add("p95 <= 65");
                    met &= col.get(9) <= 65;
                }
                asked.add("server CPU <= 4x floor's");
                met &= wildfly + postgres <= 4 * floorCpu;
                verdict = String.join(", ", asked) + (met ? ": met" : ": MISSED")
                        + String.format(Locale.ROOT, " (%.1fx)", (wildfly + postgres) / floorCpu);
            }
            System.out.printf(Locale.ROOT, "%-22s %6d %6d %7.1f %6.0f %6.0f %6.0f | %8.2f %8.2f %8.2f %9.2f | %8.2f %9.2f | %s%n",
                    path + " @" + users, count, errors, rate, col.get(8), col.get(9), col.get(10), wildfly, postgres,
                    wildfly + postgres, machine, floor[0], floorCpu, verdict);
        }
        System.out.println("(p50-p99: Gatling at the client, whole ms; CPU in ms per request: WildFly's process, PostgreSQL's"
                + " processes, server = both, machine = all CPU used on the machine including the load generator;"
                + " floor CPU = the floor's client thread and backend per run)");
    }

    /** p50, p95, p99 and mean in ms of runs of the work, then client thread and backend CPU ms per run. */
    double[] timeWithCpu(int runs, long backendPid, Run work) throws Exception {
        for (int i = 0; i < runs / 4; i++) {
            work.run(runs + i);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long clientCpu = threads.getCurrentThreadCpuTime();
        double backendCpu = cpuMillis(backendPid);
        double[] ms = new double[runs];
        double total = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run(i);
            ms[i] = (System.nanoTime() - started) / 1e6;
            total += ms[i];
        }
        double client = (threads.getCurrentThreadCpuTime() - clientCpu) / 1e6 / runs;
        double backend = (cpuMillis(backendPid) - backendCpu) / runs;
        Arrays.sort(ms);
        return new double[] {at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), total / runs, client, backend};
    }

    /** A process's user and system CPU time so far, in ms (/proc/PID/stat, in clock ticks of 10 ms). */
    static double cpuMillis(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
    }

    /** Columns 2 to 14 of one request's line in the statistics table of a Gatling HTML report. */
    static Map<Integer, Double> gatlingRow(Path report, String name) throws Exception {
        String html = Files.readString(report.resolve("index.html"));
        Matcher m = Pattern.compile("class=\"ellipsed-name\">" + Pattern.quote(name) + "</span>").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no line for " + name + " in " + report);
        }
        return cells(html, m.end());
    }

    /** The 13 cells (columns 2 to 14) of the statistics table's line that starts at {@code from}. */
    private static Map<Integer, Double> cells(String html, int from) {
        Pattern cell = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
        Map<Integer, Double> col = new LinkedHashMap<>();
        Matcher c = cell.matcher(html).region(from, html.length());
        while (col.size() < 13 && c.find()) {
            String v = c.group(2).replace(",", "").strip();
            col.put(Integer.valueOf(c.group(1)), v.isEmpty() || v.equals("-") ? Double.NaN : Double.parseDouble(v));
        }
        return col;
    }

    // --- the table -------------------------------------------------------------------------------

    private static final List<String> TARGET_ORDER = List.of("save a contact", "look up a caller by phone",
            "look up a caller by name", "search contacts");

    /** What the issue asks of each path: p95 and p99 limits in ms (0: none), and the most times the floor. */
    private static final Map<String, double[]> TARGETS = Map.of(
            "save a contact @50", new double[] {150, 500, 0},
            "save a contact @200", new double[] {1000, 0, 0},
            "look up a caller by phone @50", new double[] {30, 0, 0},
            "look up a caller by name @50", new double[] {30, 0, 0},
            "search contacts @50", new double[] {200, 0, 3});

    /**
     * The server's own times per path from Undertow's access log ("METHOD PATH?QUERY STATUS MILLIS"), in
     * the order the load ran: the saves of each shift in turn (advisers / 5 a second for the phase), then
     * the look-ups (a number is a look-up by phone, words by name) and the searches of the first shift.
     */
    static Map<String, double[]> serverTimes(Path log, String shifts, int seconds) throws Exception {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        List<Integer> sizes = Arrays.stream(shifts.split(",")).map(String::strip).map(Integer::valueOf).toList();
        int saves = 0;
        for (String line : Files.readAllLines(log)) {
            String[] f = line.split(" ");
            if (f.length < 4 || !f[1].startsWith("/helpline/api/v1/") || f[1].contains("warm-up=1")) {
                continue;
            }
            String path = f[1].substring("/helpline/api/v1".length());
            String name;
            if (f[0].equals("POST") && path.startsWith("/contacts")) {
                int shift = 0;
                int before = saves++;
                while (shift < sizes.size() - 1 && before >= sizes.get(shift) / 5 * seconds) {
                    before -= sizes.get(shift) / 5 * seconds;
                    shift++;
                }
                name = "save a contact @" + sizes.get(shift);
            } else if (path.startsWith("/callers?q=")) {
                name = (path.substring(11).matches("[0-9+%() -]+") ? "look up a caller by phone @" : "look up a caller by name @")
                        + sizes.get(0);
            } else if (path.startsWith("/contacts?q=")) {
                name = "search contacts @" + sizes.get(0);
            } else {
                continue;
            }
            times.computeIfAbsent(name, k -> new ArrayList<>()).add(Double.parseDouble(f[3]));
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        times.forEach((name, ms) -> {
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out.put(name, new double[] {at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99)});
        });
        return out;
    }

    static void table(Path report, Map<String, double[]> floors, Map<String, double[]> server, int seconds,
            int readSeconds) throws Exception {
        String html = Files.readString(report.resolve("index.html"));
        System.out.println();
        System.out.printf(Locale.ROOT, "Load (Gatling, open model) beside the floor; ms unless said%n");
        System.out.printf(Locale.ROOT, "%-30s %6s %6s %6s %6s %6s %6s | %9s %9s | %8s %8s | %s%n",
                "path @ advisers", "count", "errors", "p50", "p95", "p99", "req/s", "server50", "server95",
                "floor50", "floor95", "target");
        Matcher m = Pattern.compile("class=\"ellipsed-name\">([^<]+ @\\d+)</span>").matcher(html);
        Map<String, Map<Integer, Double>> rows = new java.util.TreeMap<>(java.util.Comparator
                .comparingInt((String n) -> Integer.parseInt(n.replaceFirst("^.* @", "")))
                .thenComparingInt(n -> TARGET_ORDER.indexOf(n.replaceFirst(" @\\d+$", "")))
                .thenComparing(n -> n));
        while (m.find()) {
            rows.put(m.group(1), cells(html, m.end()));
        }
        for (Map.Entry<String, Map<Integer, Double>> row : rows.entrySet()) {
            String name = row.getKey();
            Map<Integer, Double> col = row.getValue();
            long count = Math.round(col.get(2));
            long errors = Math.round(col.get(4));
            // Requests a second over the path's own phase (Gatling's own rate is over the whole run).
            double rate = count / (double) (name.startsWith("save") ? seconds : readSeconds);
            double p50 = col.get(8);
            double p95 = col.get(9);
            double p99 = col.get(10);
            double[] floor = floors.get(name.replaceFirst(" @\\d+$", ""));
            double[] target = TARGETS.get(name);
            double[] own = server.get(name);
            // Look-ups are asked of the server's own time; the rest as the client sees them.
            double judged95 = name.startsWith("look up") && own != null ? own[1] : p95;
            String verdict = "";
            if (target != null) {
                List<String> asked = new ArrayList<>();
                boolean met = errors == 0;
                asked.add("0 errors");
                asked.add((name.startsWith("look up") && own != null ? "server p95 <= " : "p95 <= ") + (int) target[0]);
                met &= judged95 <= target[0];
                if (target[1] > 0) {
                    asked.add("p99 <= " + (int) target[1]);
                    met &= p99 <= target[1];
                }
                if (target[2] > 0 && floor != null) {
                    asked.add("p95 <= " + (int) target[2] + "x floor");
                    met &= p95 <= target[2] * Math.max(floor[1], 1);
                }
                verdict = String.join(", ", asked) + (met ? ": met" : ": MISSED");
            }
            System.out.printf(Locale.ROOT, "%-30s %6d %6d %6.0f %6.0f %6.0f %6.1f | %9s %9s | %8s %8s | %s%n", name, count,
                    errors, p50, p95, p99, rate, one(own, 0), one(own, 1), one(floor, 0), one(floor, 1), verdict);
        }
        System.out.println("(p50-p99: Gatling at the client, on loopback, whole ms; server: Undertow's access log, from the"
                + " request's start to the end of the response; floor: the raw SQL alone. Gatling's report: "
                + report.resolve("index.html") + ")");
    }

    private static String one(double[] values, int i) {
        return values == null ? "-" : String.format(Locale.ROOT, "%.1f", values[i]);
    }

    // --- plumbing ----------------------------------------------------------------------------------

    private long single(String sql) throws SQLException {
        List<Object[]> rows = query(sql);
        if (rows.isEmpty()) {
            throw new IllegalStateException("nothing for " + sql + ": did the benchmark script prepare the database?");
        }
        return ((Number) rows.get(0)[0]).longValue();
    }

    private static List<Long> ids(List<Object[]> rows) {
        return rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
    }

    private List<Object[]> query(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, params);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    /** A UK number as the look-up normalises it: +44 and the digits after the leading 0. */
    private static String normalised(String typed) {
        String digits = typed.replaceAll("[^0-9]", "");
        return digits.startsWith("0") ? "+44" + digits.substring(1) : "+" + digits;
    }
}
