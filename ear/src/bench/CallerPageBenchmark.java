import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the caller page ({@code callers/view.xhtml?id=}) signed in as a supervisor (who sees every caller):
 * the page of a caller with 500 contacts, its timeline's second page (the paginator's Ajax request, as the
 * browser sends it), and the page of a caller with 5 contacts; each at the client and at the server (Undertow's
 * access log, {@code %D}); beside the floor, the timeline's own statements in raw SQL on one JDBC connection.
 *
 * <pre>
 * java -cp postgresql.jar:ear/target/bench-classes ear/src/bench/CallerPageBenchmark.java --base http://127.0.0.1:8580/helpline \
 *     --jdbc jdbc:postgresql://127.0.0.1:5432/helpline_bench_caller --big 123 --small 456 \
 *     --access-log ear/target/caller-page-server/log/bench-access.log --runs 30 --warm-up 10
 * </pre>
 *
 * It signs in and reads the Faces forms with {@code ReportBenchmark}'s helpers, so that class goes on the class path first
 * ({@code javac -d DIR ReportBenchmark.java}, then {@code -cp postgresql.jar:DIR}).
 * With {@code --server-pid} it also gives the server's CPU time per request (its process's, over the timed runs),
 * which the machine's other work does not inflate as it does the wall-clock times.
 * Each request carries {@code bench=<path>-<run>} in its query string (the page ignores it), so that its line
 * in the access log is found again. Exit status: 0 when everything ran (whatever the timings), 1 otherwise.
 */
public class CallerPageBenchmark {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    static final double TARGET_MS = 300;
    static final int PAGE_ROWS = 25;

    /** The service's timeline (Callers.TIMELINE), with its five caller parameters as JDBC ones. */
    static final String TIMELINE = "select 'C' as kind, c.id as id, c.started_at as at from contact c "
            + "where c.caller_id = ? "
            + "union all select 'K', e.id, e.occurred_at from case_event e join helpline_case k on k.id = e.case_id "
            + "where k.caller_id = ? and e.kind <> 'CONTACT' "
            + "union all select 'F', e.id, e.occurred_at from follow_up_event e join follow_up f on f.id = e.follow_up_id "
            + "where f.caller_id = ? "
            + "union all select 'R', e.id, e.occurred_at from referral_event e join referral r on r.id = e.referral_id "
            + "where r.caller_id = ? "
            + "union all select 'X', x.id, x.raised_at from risk_flag x where x.caller_id = ?";
    static final String PAGE = "select kind, id, at from (" + TIMELINE + ") t order by at desc, kind, id desc offset ? rows fetch first ? rows only";
    static final String COUNT = "select count(*) from (" + TIMELINE + ") t";

    String base = "http://127.0.0.1:8580/helpline";
    String jdbc = "jdbc:postgresql://127.0.0.1:5432/helpline_bench_caller";
    String user = "supervisor";
    String password = "supervisor-demo-2026";
    long big = -1;
    long small = -1;
    int runs = 30;
    int warmUp = 10;
    Path accessLog;
    Path dump;
    long serverPid = -1;
    int clockTicks = 100;
    /** The server's CPU time per timed request, by path, in milliseconds (all its threads: GC and JIT included). */
    final Map<String, Double> cpuPerRequest = new LinkedHashMap<>();

    /** Signed in as the supervisor, with ReportBenchmark's sign-in. */
    HttpClient http;

    public static void main(String[] args) {
        CallerPageBenchmark bench = new CallerPageBenchmark();
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--base" -> bench.base = value;
                case "--jdbc" -> bench.jdbc = value;
                case "--user" -> bench.user = value;
                case "--password" -> bench.password = value;
                case "--big" -> bench.big = Long.parseLong(value);
                case "--small" -> bench.small = Long.parseLong(value);
                case "--runs" -> bench.runs = Integer.parseInt(value);
                case "--warm-up" -> bench.warmUp = Integer.parseInt(value);
                case "--access-log" -> bench.accessLog = Path.of(value);
                case "--dump" -> bench.dump = Path.of(value);
                case "--server-pid" -> bench.serverPid = Long.parseLong(value);
                case "--clock-ticks" -> bench.clockTicks = Integer.parseInt(value);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(1);
                }
            }
        }
        if (bench.big < 0 || bench.small < 0 || bench.runs < 1) {
            System.err.println("--big and --small (caller ids) are needed, and --runs of at least 1");
            System.exit(1);
        }
        try {
            bench.run();
        } catch (Exception e) {
            System.err.println("benchmark failed: " + e);
            System.exit(1);
        }
    }

    /** Percentiles of a set of timings, in milliseconds (nearest rank). */
    record Timing(int n, double p50, double p95, double max) {

        static Timing of(List<Double> ms) {
            if (ms.isEmpty()) {
                return null;
            }
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Timing(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), sorted[sorted.length - 1]);
        }

        static double rank(double[] sorted, double p) {
            return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
        }

        String show() {
            return String.format(Locale.UK, "%.0f / %.0f / %.0f", p50, p95, max);
        }
    }

    /** One row of the table: a path timed at the client and at the server, beside its floor. */
    record Row(String path, String tag, Timing client, Timing floor, boolean targeted) {
    }

    void run() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            long bigSize = count(db, big);
            long smallSize = count(db, small);
            System.out.printf(Locale.UK, "Timeline entries: caller %d (500 contacts) %,d, that is %d pages of %d; caller %d (5 contacts) %,d%n",
                    big, bigSize, (bigSize + PAGE_ROWS - 1) / PAGE_ROWS, PAGE_ROWS, small, smallSize);

            Timing floorBig = floor(db, big, 0, "floor: count + first page, caller with 500 contacts");
            Timing floorBigPage2 = floor(db, big, PAGE_ROWS, "floor: count + second page, caller with 500 contacts");
            Timing floorSmall = floor(db, small, 0, "floor: count + first page, caller with 5 contacts");
            explain(db, big);

            ReportBenchmark web = ReportBenchmark.on(base);
            web.signInAs(user, password);
            http = web.http();
            rows.add(new Row("GET  caller page, 500 contacts (timeline page 1 of " + (bigSize + PAGE_ROWS - 1) / PAGE_ROWS + ")",
                    "big", time("big", tag -> callerPage(big, tag, (int) Math.min(PAGE_ROWS, bigSize))), floorBig, true));
            rows.add(new Row("POST timeline page 2 (Ajax), 500 contacts", "page2", timePage2(), floorBigPage2, true));
            rows.add(new Row("GET  caller page, 5 contacts", "small",
                    time("small", tag -> callerPage(small, tag, (int) Math.min(PAGE_ROWS, smallSize))), floorSmall, false));
        }
        Map<String, List<Double>> server = serverTimes();
        System.out.println();
        String format = "%-62s %-20s %-20s %-11s %-18s %-22s %s%n";
        System.out.printf(Locale.UK, format, "path", "client p50/p95/max", "server p50/p95/max", "server CPU", "floor p50/p95",
                "target", "result");
        for (Row r : rows) {
            Timing s = Timing.of(server.getOrDefault(r.tag(), List.of()));
            String result;
            if (!r.targeted()) {
                result = "(comparison)";
            } else if (s == null) {
                double p95 = r.client().p95();
                result = (p95 <= TARGET_MS ? "met" : "MISSED") + " at the client (no server times)";
            } else {
                result = s.p95() <= TARGET_MS ? "met" : String.format(Locale.UK, "MISSED by %.0f ms", s.p95() - TARGET_MS);
            }
            Double cpu = cpuPerRequest.get(r.tag());
            System.out.printf(Locale.UK, format, r.path(), r.client().show(), s == null ? "-" : s.show() + (s.n() == r.client().n() ? "" : " (n=" + s.n() + ")"),
                    cpu == null ? "-" : String.format(Locale.UK, "%.0f ms", cpu), String.format(Locale.UK, "%.1f / %.1f", r.floor().p50(), r.floor().p95()),
                    r.targeted() ? "server p95 <= " + (int) TARGET_MS + " ms" : "", result);
        }
    }

    // ---- The floor -------------------------------------------------------------------------------

    static long count(Connection db, long caller) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(COUNT)) {
            bind(st, caller);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static int bind(PreparedStatement st, long caller) throws SQLException {
        for (int i = 1; i <= 5; i++) {
            st.setLong(i, caller);
        }
        return 6;
    }

    /** The count and one page of the timeline, as the service sends them (prepared, so planned as the server's are). */
    Timing floor(Connection db, long caller, int first, String what) throws SQLException {
        List<Double> ms = new ArrayList<>();
        try (PreparedStatement count = db.prepareStatement(COUNT); PreparedStatement page = db.prepareStatement(PAGE)) {
            bind(count, caller);
            int next = bind(page, caller);
            page.setInt(next, first);
            page.setInt(next + 1, PAGE_ROWS);
            for (int i = 0; i < warmUp + runs; i++) {
                long start = System.nanoTime();
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                }
                int read = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        read++;
                    }
                }
                if (i >= warmUp) {
                    ms.add((System.nanoTime() - start) / 1e6);
                }
                if (read == 0) {
                    throw new IllegalStateException("the timeline of caller " + caller + " has no rows from " + first);
                }
            }
        }
        Timing t = Timing.of(ms);
        System.out.printf(Locale.UK, "  %-58s p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms%n", what, t.p50(), t.p95(), t.max());
        return t;
    }

    /** The plan of the first page for the big caller, as PostgreSQL runs it, for the record. */
    void explain(Connection db, long caller) throws SQLException {
        String sql = "explain (analyze, buffers, costs off) " + PAGE;
        try (PreparedStatement st = db.prepareStatement(sql)) {
            int next = bind(st, caller);
            st.setInt(next, 0);
            st.setInt(next + 1, PAGE_ROWS);
            System.out.println("Plan of the first page (caller " + caller + "):");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    System.out.println("    " + rs.getString(1));
                }
            }
        }
    }

    // ---- HTTP ------------------------------------------------------------------------------------

    interface Work {
        void call(String tag) throws Exception;
    }

    /** Warm-up runs (tagged "warm", not counted), then the timed runs, each tagged with the path and its number. */
    Timing time(String tag, Work work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.call("warm-" + tag + "-" + i);
        }
        List<Double> ms = new ArrayList<>();
        double cpuBefore = serverCpuMs();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call(tag + "-" + i);
            ms.add((System.nanoTime() - start) / 1e6);
        }
        if (cpuBefore >= 0) {
            cpuPerRequest.put(tag, (serverCpuMs() - cpuBefore) / runs);
        }
        Timing t = Timing.of(ms);
        System.out.printf(Locale.UK, "  %-58s p50 %6.0f ms, p95 %6.0f ms, max %6.0f ms (client)%s%n", tag, t.p50(), t.p95(), t.max(),
                cpuPerRequest.containsKey(tag) ? String.format(Locale.UK, "; server CPU %.0f ms a request", cpuPerRequest.get(tag)) : "");
        return t;
    }

    /**
     * The server process's CPU time so far (user and system, /proc/PID/stat), in milliseconds; -1 without
     * --server-pid. What a request costs the server whatever else the machine is doing, where the wall-clock
     * time includes waiting for a core.
     */
    double serverCpuMs() throws IOException {
        if (serverPid < 0) {
            return -1;
        }
        String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000.0 / clockTicks;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String action, Map<String, String> form, boolean ajax) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base).resolve(action)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The caller page, checked: answered 200 with the caller's timeline showing {@code rowsWanted} rows. */
    String callerPage(long caller, String tag, int rowsWanted) throws Exception {
        HttpResponse<String> r = get("/callers/view.xhtml?id=" + caller + "&bench=" + tag);
        String html = r.body();
        int shown = timelineRows(html);
        if (r.statusCode() != 200 || !html.contains("id=\"timelineHeading\"") || shown != rowsWanted) {
            save("caller-" + caller + ".html", html);
            throw new IllegalStateException("the page of caller " + caller + " answered " + r.statusCode() + " with "
                    + shown + " timeline rows, not " + rowsWanted);
        }
        return html;
    }

    static int timelineRows(String html) {
        int from = html.indexOf("id=\"timelineForm:timeline_data\"");
        if (from < 0) {
            return -1;
        }
        int to = html.indexOf("</tbody>", from);
        Matcher m = Pattern.compile("<tr[^>]*\\bdata-ri=\"").matcher(html.substring(from, to < 0 ? html.length() : to));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * The timeline's second page as the paginator asks for it: a partial Ajax POST of the timeline form on the
     * page's view, answered with the table's new rows (the rows 25 to 49). The page is opened once first.
     */
    Timing timePage2() throws Exception {
        String page = callerPage(big, "open-for-page2", PAGE_ROWS);
        String[] state = {ReportBenchmark.viewState(page, "timelineForm")};
        String action = ReportBenchmark.formAction(page, "timelineForm");
        Map<String, String> hidden = ReportBenchmark.hiddenFields(page, "timelineForm");
        return time("page2", tag -> {
            Map<String, String> form = new LinkedHashMap<>(hidden);
            form.put("jakarta.faces.partial.ajax", "true");
            form.put("jakarta.faces.source", "timelineForm:timeline");
            form.put("jakarta.faces.partial.execute", "timelineForm:timeline");
            form.put("jakarta.faces.partial.render", "timelineForm:timeline");
            form.put("timelineForm:timeline", "timelineForm:timeline");
            form.put("timelineForm:timeline_pagination", "true");
            form.put("timelineForm:timeline_first", String.valueOf(PAGE_ROWS));
            form.put("timelineForm:timeline_rows", String.valueOf(PAGE_ROWS));
            form.put("timelineForm:timeline_skipChildren", "true");
            form.put("timelineForm:timeline_encodeFeature", "true");
            form.put("timelineForm", "timelineForm");
            form.put("jakarta.faces.ViewState", state[0]);
            HttpResponse<String> r = post(action + (action.contains("?") ? "&" : "?") + "bench=" + tag, form, true);
            String xml = r.body();
            if (r.statusCode() != 200 || !xml.contains("<partial-response") || !xml.contains("data-ri=\"" + PAGE_ROWS + "\"")
                    || xml.contains("<error>")) {
                save("timeline-page2.xml", xml);
                throw new IllegalStateException("the timeline's second page answered " + r.statusCode() + " without rows from "
                        + PAGE_ROWS);
            }
            Matcher m = Pattern.compile("<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]>").matcher(xml);
            if (m.find()) {
                state[0] = m.group(1);
            }
        });
    }

    void save(String name, String content) {
        if (dump == null) {
            return;
        }
        try {
            Files.writeString(dump.resolve(name), content);
            System.err.println("(saved " + dump.resolve(name) + ")");
        } catch (IOException e) {
            System.err.println("could not save " + name + ": " + e);
        }
    }

    // ---- The server's own times ------------------------------------------------------------------

    /**
     * The access log's time (%D, ms) of each timed request, by path: lines "METHOD URI?QUERY STATUS MS" whose
     * query holds bench=big-N, bench=page2-N or bench=small-N. Undertow writes the log in batches: waits for
     * every timed request's line for up to 10 s.
     */
    Map<String, List<Double>> serverTimes() throws Exception {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        if (accessLog == null) {
            return times;
        }
        Pattern line = Pattern.compile("^\\S+ \\S*[?&]bench=(big|page2|small)-\\d+\\S* (\\d{3}) (\\d+)$");
        long deadline = System.nanoTime() + 10_000_000_000L;
        do {
            times.clear();
            if (Files.exists(accessLog)) {
                for (String l : Files.readAllLines(accessLog)) {
                    Matcher m = line.matcher(l.strip());
                    if (m.matches()) {
                        times.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Double.parseDouble(m.group(3)));
                    }
                }
            }
            if (times.values().stream().mapToInt(List::size).sum() >= 3 * runs) {
                break;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return times;
    }
}
