import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the monthly report page and its exports over HTTP, signed in as a manager, beside the "floor":
 * hand-written SQL that works out the same figures straight from the tables. Also checks that the page
 * shows what the SQL finds, so that the floor stays an honest one as the report changes.
 *
 * <pre>
 * java -cp postgresql.jar ear/src/bench/ReportBenchmark.java --base http://127.0.0.1:8380/helpline \
 *     --jdbc jdbc:postgresql://127.0.0.1:5432/helpline_bench --runs 5 --line nurse-line
 * </pre>
 *
 * Also: {@code --floor-only} (the SQL alone, no server needed), {@code --print-sql} (the floor's statements,
 * for psql), {@code --verbose} (when each run started and ended), {@code --dump DIR} (pages that surprised it).
 * Exit status: 0 when everything ran (whatever the timings), 1 when something could not run.
 */
public class ReportBenchmark {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final long NONE = -1;
    static final String[] FORMATS = {"xlsx", "csv", "pdf"};
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    String base = "http://127.0.0.1:8380/helpline";
    String jdbc = "jdbc:postgresql://127.0.0.1:5432/helpline_bench";
    String dbUser = "postgres";
    String user = "manager";
    String password = "manager-demo-2026";
    String line = "nurse-line";
    int runs = 5;
    boolean printSql;
    boolean floorOnly;
    boolean verbose;
    String dump;
    YearMonth month = YearMonth.now(LONDON).minusMonths(1);

    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public static void main(String[] args) throws Exception {
        ReportBenchmark bench = new ReportBenchmark();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--base" -> bench.base = value;
                case "--jdbc" -> bench.jdbc = value;
                case "--db-user" -> bench.dbUser = value;
                case "--user" -> bench.user = value;
                case "--password" -> bench.password = value;
                case "--line" -> bench.line = value.isBlank() ? null : value;
                case "--runs" -> bench.runs = Integer.parseInt(value);
                case "--dump" -> bench.dump = value;
                case "--verbose" -> {
                    bench.verbose = true;
                    i--;
                }
                case "--floor-only" -> {
                    bench.floorOnly = true;
                    i--;
                }
                case "--print-sql" -> {
                    bench.printSql = true;
                    i--;
                }
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(1);
                }
            }
            i++;
        }
        try {
            if (bench.printSql) {
                bench.printFloorSql();
                return;
            }
            bench.run();
        } catch (Exception e) {
            System.err.println("benchmark failed: " + e);
            System.exit(1);
        }
    }

    /** One row of the results table. */
    record Result(String path, Timing timing, Timing floor, boolean page, String note) {
    }

    /** Median and maximum of the timed runs, in milliseconds. */
    record Timing(double median, double max, List<Double> all) {

        static Timing of(List<Double> ms) {
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Timing(median, sorted[n - 1], ms);
        }
    }

    /** The floor's statements, for psql (EXPLAIN ANALYZE and the like). */
    void printFloorSql() throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, dbUser, "")) {
            Floor floor = new Floor(db, month, line);
            System.out.println("-- The floor for " + month + (line == null ? ", all lines" : ", line " + line));
            floor.statements.forEach((key, sql) -> System.out.println("\n-- " + key + "\n" + sql + ";"));
        }
    }

    void run() throws Exception {
        List<Result> results = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc, dbUser, "")) {
            Floor all = new Floor(db, month, null);
            Floor onLine = line == null ? null : new Floor(db, month, line);
            System.out.printf(Locale.UK, "Data: %,d contacts in all, %,d in %s (all lines)%s%n", all.count("select count(*) from contact"),
                    all.contactsInMonth(), month, onLine == null ? "" : String.format(Locale.UK, ", %,d on %s", onLine.contactsInMonth(), line));

            if (all.count("select count(*) from information_schema.tables where table_name = 'report_snapshot'") > 0
                    && all.count("select count(*) from report_snapshot where report_month = '" + month + "'") > 0) {
                System.out.println("WARNING: " + month + " has been published: the page shows its frozen figures, "
                        + "not the report worked out from the contacts");
            }

            Timing floorAll = time("floor, all lines", all::run);
            Timing floorLine = onLine == null ? null : time("floor, " + line, onLine::run);

            if (floorOnly) {
                System.out.println("Floor, all lines, per statement (median of the timed runs, ms):");
                all.printBreakdown(runs);
                if (onLine != null) {
                    System.out.println("Floor, line " + line + ", per statement (median of the timed runs, ms):");
                    onLine.printBreakdown(runs);
                }
                return;
            }
            signIn();
            String[] lastPage = new String[1];
            Timing page = time("GET report page", () -> {
                lastPage[0] = reportPage();
                return lastPage[0];
            });
            results.add(new Result("GET  /reports/monthly.xhtml (" + month + ", all lines)", page, floorAll, true, null));
            String checkAll = all.compareWith(lastPage[0]);

            String checkLine = null;
            if (line != null) {
                String path = "POST /reports/monthly.xhtml (line " + line + ")";
                try {
                    String[] view = {lastPage[0]};
                    Timing linePage = time("POST report form, line " + line, () -> {
                        view[0] = showLine(view[0], line);
                        return view[0];
                    });
                    results.add(new Result(path, linePage, floorLine, true, null));
                    checkLine = onLine.compareWith(view[0]);
                } catch (IllegalStateException | IOException e) {
                    System.out.println("  " + path + " failed: " + e.getMessage());
                    results.add(new Result(path, null, floorLine, true, "failed: " + e.getMessage()));
                }
            }

            for (String format : FORMATS) {
                for (String scope : line == null ? new String[] {null} : new String[] {null, line}) {
                    try {
                        results.add(export(format, scope, scope == null ? floorAll : floorLine));
                    } catch (IllegalStateException | IOException e) {
                        System.out.println("  export " + format + " failed: " + e.getMessage());
                        results.add(new Result("GET  export " + format + (scope == null ? "" : " " + scope), null,
                                scope == null ? floorAll : floorLine, false, "failed: " + e.getMessage()));
                    }
                }
            }

            published(db, floorAll, results);

            System.out.println();
            System.out.println("Floor, all lines, per statement (median of the timed runs, ms):");
            all.printBreakdown(runs);
            System.out.println();
            System.out.println("Figures on the page against the floor's: all lines: " + checkAll);
            if (checkLine != null) {
                System.out.println("Figures on the page against the floor's: line " + line + ": " + checkLine);
            }
            System.out.println();
            table(results, floorAll, floorLine);
        }
    }

    /**
     * The page once the month is published (pressing Publish as the manager would): first as published,
     * then with one of the month's contacts changed since, so the page also works the figures out afresh.
     * The snapshots are deleted afterwards, so the next run times the live page again.
     */
    void published(Connection db, Timing floor, List<Result> results) throws Exception {
        String page = reportPage();
        if (!page.contains("id=\"publishing\"")) {
            results.add(new Result("GET  /reports/monthly.xhtml (published)", null, floor, true, "no Publish button"));
            return;
        }
        Map<String, String> fields = hiddenFields(page, "publishing");
        fields.put("publishing", "publishing");
        fields.put("publishing:publish", "");
        fields.put("jakarta.faces.ViewState", viewState(page, "publishing"));
        HttpResponse<byte[]> answer = post(formAction(page, "publishing"), fields);
        if (answer.statusCode() >= 400 || !reportPage().contains("id=\"publishedLine\"")) {
            throw new IllegalStateException("publishing answered " + answer.statusCode() + " and the page is not published");
        }
        try (Statement st = db.createStatement()) {
            results.add(new Result("GET  /reports/monthly.xhtml (published, unchanged since)",
                    time("GET report page, published", this::reportPage), floor, true, null));
            Instant from = month.atDay(1).atStartOfDay(LONDON).toInstant();
            Instant to = month.plusMonths(1).atDay(1).atStartOfDay(LONDON).toInstant();
            st.executeUpdate("update contact set updated_at = now() where id = (select min(id) from contact "
                    + "where started_at >= '" + from + "' and started_at < '" + to + "')");
            Timing changed = time("GET report page, published, changed", () -> {
                String html = reportPage();
                if (!Pattern.compile("[1-9][0-9]* records?[^<]* changed since publication").matcher(html).find()) {
                    save("published-page.html", html);
                    throw new IllegalStateException("the published page does not say a record changed (published "
                            + text(db, "select min(published_at) from report_snapshot where report_month = '" + month + "'")
                            + ", changed " + text(db, "select max(updated_at) from contact") + ")");
                }
                return html;
            });
            results.add(new Result("GET  /reports/monthly.xhtml (published, records changed since)", changed, floor,
                    true, null));
        } finally {
            try (Statement st = db.createStatement()) {
                st.executeUpdate("delete from report_snapshot where report_month = '" + month + "'");
            }
        }
    }

    static String text(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    Result export(String format, String onLine, Timing floor) throws Exception {
        String path = "/reports/monthly/export?month=" + month + "&format=" + format
                + (onLine == null ? "" : "&line=" + URLEncoder.encode(onLine, StandardCharsets.UTF_8));
        HttpResponse<byte[]> probe = get(path);
        if (probe.statusCode() == 404) {
            return new Result("GET  " + path, null, floor, false, "export not available yet (404)");
        }
        if (probe.statusCode() != 200) {
            return new Result("GET  " + path, null, floor, false, "answered " + probe.statusCode()
                    + probe.headers().firstValue("Location").map(l -> " to " + l).orElse(""));
        }
        int[] size = new int[1];
        Timing timing = time("GET export " + format + (onLine == null ? "" : " " + onLine), () -> {
            HttpResponse<byte[]> r = get(path);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            size[0] = r.body().length;
            return r;
        });
        return new Result("GET  " + path, timing, floor, false, String.format(Locale.UK, "%,d bytes", size[0]));
    }

    interface Work {
        Object call() throws Exception;
    }

    /** One warm-up, then the timed runs. */
    Timing time(String what, Work work) throws Exception {
        work.call();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Instant began = Instant.now();
            long start = System.nanoTime();
            work.call();
            ms.add((System.nanoTime() - start) / 1e6);
            if (verbose) {
                System.out.printf(Locale.UK, "    %s run %d: %s to %s%n", what, i + 1, began, Instant.now());
            }
        }
        Timing t = Timing.of(ms);
        System.out.printf(Locale.UK, "  %-40s median %8.1f ms, max %8.1f ms  %s%n", what, t.median(), t.max(),
                ms.stream().map(v -> String.format(Locale.UK, "%.0f", v)).toList());
        return t;
    }

    void table(List<Result> results, Timing floorAll, Timing floorLine) {
        String format = "%-72s %9s %9s %9s %8s  %-20s %s%n";
        System.out.printf(Locale.UK, format, "path", "median ms", "max ms", "floor ms", "x floor", "target", "result");
        for (Result r : results) {
            String target = r.page() ? "< 1000 ms, < 3x floor" : "< 3x floor";
            if (r.timing() == null) {
                System.out.printf(Locale.UK, format, r.path(), "-", "-", ms(r.floor()), "-", target, r.note());
                continue;
            }
            double ratio = r.timing().median() / r.floor().median();
            boolean pass = ratio < 3 && (!r.page() || r.timing().median() < 1000);
            System.out.printf(Locale.UK, format, r.path(), ms(r.timing()), String.format(Locale.UK, "%.1f", r.timing().max()),
                    ms(r.floor()), String.format(Locale.UK, "%.1f", ratio), target,
                    (pass ? "pass" : "FAIL") + (r.note() == null ? "" : " (" + r.note() + ")"));
        }
        System.out.printf(Locale.UK, format, "floor: the same figures in raw SQL, all lines", ms(floorAll),
                String.format(Locale.UK, "%.1f", floorAll.max()), "", "", "", "");
        if (floorLine != null) {
            System.out.printf(Locale.UK, format, "floor: the same figures in raw SQL, line " + line, ms(floorLine),
                    String.format(Locale.UK, "%.1f", floorLine.max()), "", "", "", "");
        }
    }

    static String ms(Timing t) {
        return t == null ? "-" : String.format(Locale.UK, "%.1f", t.median());
    }

    // ---- HTTP -----------------------------------------------------------------------------------

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> post(String action, Map<String, String> form) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        URI uri = URI.create(base).resolve(action);
        return http.send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** A client of the application at {@code base} (".../helpline"), for another benchmark to sign in with. */
    public static ReportBenchmark on(String base) {
        ReportBenchmark client = new ReportBenchmark();
        client.base = base;
        return client;
    }

    /** The HTTP client, with the cookies of the session once signed in. */
    public HttpClient http() {
        return http;
    }

    /** Signs in as the manager, and checks the report page opens. */
    void signIn() throws Exception {
        signInAs(user, password);
        HttpResponse<byte[]> probe = get("/reports/monthly.xhtml");
        if (probe.statusCode() != 200 || !text(probe).contains("id=\"reportHeading\"")) {
            throw new IllegalStateException("signed in as " + user + " but the report page answered " + probe.statusCode()
                    + probe.headers().firstValue("Location").map(l -> " to " + l).orElse(""));
        }
    }

    /** Signs in through the Faces form as a person would: the form's view state, then the POST. */
    public void signInAs(String user, String password) throws Exception {
        HttpResponse<byte[]> form = get("/login.xhtml");
        if (form.statusCode() != 200) {
            throw new IllegalStateException("the sign-in page answered " + form.statusCode());
        }
        String html = text(form);
        Map<String, String> fields = hiddenFields(html, "login");
        fields.put("login", "login");
        fields.put("login:username", user);
        fields.put("login:password", password);
        fields.put("login:signIn", "");
        fields.put("jakarta.faces.ViewState", viewState(html, "login"));
        HttpResponse<byte[]> answer = post(formAction(html, "login"), fields);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() / 100 != 3 || location.contains("login")) {
            throw new IllegalStateException("signing in as " + user + " failed: " + answer.statusCode() + " " + location);
        }
    }

    /** The report page as it opens: last month, all lines. */
    String reportPage() throws Exception {
        HttpResponse<byte[]> r = get("/reports/monthly.xhtml");
        String html = text(r);
        if (r.statusCode() != 200 || !html.contains("id=\"reportHeading\"")) {
            throw new IllegalStateException("the report page answered " + r.statusCode() + " without a report");
        }
        return html;
    }

    /** Chooses a line on the page's form and shows the report, on the same view. */
    String showLine(String page, String code) throws Exception {
        Map<String, String> fields = hiddenFields(page, "report");
        fields.put("report", "report");
        fields.put("report:month", month.toString());
        fields.put("report:line", code);
        fields.put("report:show", "");
        fields.put("jakarta.faces.ViewState", viewState(page, "report"));
        HttpResponse<byte[]> r = post(formAction(page, "report"), fields);
        String html = text(r);
        if (r.statusCode() != 200 || !html.contains("id=\"reportHeading\"") || html.contains(", all lines")) {
            save("form-page.html", page);
            save("form-answer.html", html);
            throw new IllegalStateException("showing line " + code + " answered " + r.statusCode()
                    + (html.contains(", all lines") ? " with all lines" : ""));
        }
        return html;
    }

    /** Keeps a page that surprised us, for a person to look at, in the --dump directory. */
    void save(String name, String content) {
        if (dump == null) {
            return;
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(dump, name), content);
            System.err.println("(saved " + java.nio.file.Path.of(dump, name) + ")");
        } catch (IOException e) {
            System.err.println("could not save " + name + ": " + e);
        }
    }

    public static String formHtml(String html, String id) {
        Matcher start = Pattern.compile("<form[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        if (!start.find()) {
            throw new IllegalStateException("no form " + id + " on the page");
        }
        int end = html.indexOf("</form>", start.end());
        return html.substring(start.start(), end < 0 ? html.length() : end);
    }

    /** The form's hidden inputs (view state, PrimeFaces' CSP nonce...), as a browser sends them back. */
    public static Map<String, String> hiddenFields(String html, String id) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input[^>]*>").matcher(formHtml(html, id));
        while (input.find()) {
            String tag = input.group();
            if (!tag.matches("(?s).*\\btype=\"hidden\".*")) {
                continue;
            }
            Matcher name = Pattern.compile("\\bname=\"([^\"]*)\"").matcher(tag);
            Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(tag);
            if (name.find()) {
                fields.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
            }
        }
        // With CSP on, PrimeFaces' script puts the page's nonce into every form before it is sent.
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)").matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        return fields;
    }

    public static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    public static String formAction(String html, String id) {
        Matcher m = Pattern.compile("\\baction=\"([^\"]*)\"").matcher(formHtml(html, id));
        if (!m.find()) {
            throw new IllegalStateException("form " + id + " has no action");
        }
        return m.group(1).replace("&amp;", "&");
    }

    public static String viewState(String html, String formId) {
        String form = formHtml(html, formId);
        Matcher m = Pattern.compile("<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*>").matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("form " + formId + " has no view state");
        }
        Matcher v = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(m.group());
        if (!v.find()) {
            throw new IllegalStateException("form " + formId + " has an empty view state");
        }
        return v.group(1).replace("&amp;", "&");
    }

    // ---- The floor ------------------------------------------------------------------------------

    /**
     * The report's figures in plain SQL, one statement per section covering the month, the month
     * before and the same month a year before at once (k = 0, 1, 2), as someone writing the report
     * by hand against the tables would. Each statement gives rows of (k, code, value).
     */
    static final class Floor {

        final Connection db;
        final YearMonth month;
        final String line;
        final Map<String, String> statements = new LinkedHashMap<>();
        final Map<String, List<Double>> perStatement = new LinkedHashMap<>();
        Map<String, Map<String, long[]>> figures;

        Floor(Connection db, YearMonth month, String line) throws SQLException {
            this.db = db;
            this.month = month;
            this.line = line;
            String onLine = "";
            if (line != null) {
                long id = count("select coalesce((select id from helpline_line where code = '" + line.replace("'", "''") + "'), -1)");
                if (id < 0) {
                    throw new IllegalArgumentException("no line " + line);
                }
                onLine = " and c.line_id = " + id;
            }
            String inPeriod = " from contact c where c.started_at >= {f} and c.started_at < {t}" + onLine;
            statements.put("labels", """
                    select 0, 'channel:' || code, length(label) from channel
                    union all select 0, 'line:' || code, length(label) from helpline_line
                    union all select 0, 'callerType:' || code, length(label) from caller_type
                    union all select 0, 'outcome:' || code, length(label) from outcome
                    union all select 0, 'topic:' || t.code, length(t.label) + coalesce(length(tp.label), 0)
                        from topic t left join topic tp on tp.id = t.parent_id
                    union all select 0, 'service:' || code, length(name) from support_service""");
            statements.put("contacts", periods("select {k}, case when grouping(c.non_data_kind is null) = 1 then 'all' "
                    + "when c.non_data_kind is null then 'data' else 'non-data' end, count(*)" + inPeriod
                    + " group by rollup (c.non_data_kind is null)"));
            statements.put("channel", periods("select {k}, x.code, count(*) from contact c join channel x on x.id = c.channel_id"
                    + " where c.started_at >= {f} and c.started_at < {t}" + onLine + " group by x.code"));
            statements.put("direction", periods("select {k}, c.direction, count(*)" + inPeriod + " group by c.direction"));
            statements.put("line", periods("select {k}, x.code, count(*) from contact c join helpline_line x on x.id = c.line_id"
                    + " where c.started_at >= {f} and c.started_at < {t}" + onLine + " group by x.code"));
            statements.put("callerType", periods("select {k}, x.code, count(*) from contact c join caller_type x on x.id = c.caller_type_id"
                    + " where c.started_at >= {f} and c.started_at < {t}" + onLine + " and c.non_data_kind is null group by x.code"));
            statements.put("topic", periods("select {k}, coalesce(tp.code, t.code), count(distinct c.id) from contact c"
                    + " join contact_topic ct on ct.contact_id = c.id join topic t on t.id = ct.topic_id"
                    + " left join topic tp on tp.id = t.parent_id"
                    + " where c.started_at >= {f} and c.started_at < {t}" + onLine + " group by coalesce(tp.code, t.code)"));
            statements.put("subtopic", periods("select {k}, t.code, count(*) from contact c"
                    + " join contact_topic ct on ct.contact_id = c.id join topic t on t.id = ct.topic_id"
                    + " where c.started_at >= {f} and c.started_at < {t}" + onLine + " group by t.code"));
            statements.put("outcome", periods("select {k}, x.code, count(*) from contact c join outcome x on x.id = c.outcome_id"
                    + " where c.started_at >= {f} and c.started_at < {t}" + onLine + " and c.non_data_kind is null group by x.code"));
            statements.put("callers", periods("select {k}, v.code, v.value from (select count(distinct c.caller_id) as uniq,"
                    + " count(distinct case when c.caller_id is not null and not exists (select 1 from contact e"
                    + " where e.caller_id = c.caller_id and e.started_at < {f}) then c.caller_id end) as fresh,"
                    + " count(*) filter (where c.non_data_kind is null and c.caller_id is null) as anonymous" + inPeriod + ") s"
                    + " cross join lateral (values ('unique', s.uniq), ('new', s.fresh), ('repeat', s.uniq - s.fresh),"
                    + " ('anonymous', s.anonymous)) v(code, value)"));
            statements.put("handling", periods("select {k}, v.code, v.value from (select round(avg(c.duration_seconds)) as average,"
                    + " round((percentile_cont(0.5) within group (order by c.duration_seconds))::numeric) as median" + inPeriod
                    + " and c.non_data_kind is null) s cross join lateral (values ('average', s.average), ('median', s.median)) v(code, value)"));
            String caseLine = line == null ? "" : " and exists (select 1 from contact c where c.case_id = x.id" + onLine + ")";
            statements.put("cases", periods("select {k}, v.code, v.value from (select"
                    + " count(*) filter (where x.dated_at >= {f}) as opened,"
                    + " count(*) filter (where x.closed_at >= {f} and x.closed_at < {t}) as closed,"
                    + " count(*) filter (where x.closed_at is null or x.closed_at >= {t}) as open_at_end"
                    + " from helpline_case x where x.dated_at < {t}" + caseLine + ") s"
                    + " cross join lateral (values ('opened', s.opened), ('closed', s.closed), ('openAtEnd', s.open_at_end)) v(code, value)"));
            String viaContact = line == null ? "" : " join contact c on c.id = x.contact_id" + onLine;
            statements.put("followUps", periods("select {k}, v.code, v.value from (select"
                    + " count(*) filter (where x.dated_at >= {f} and x.dated_at < {t}) as booked,"
                    + " count(*) filter (where x.completed_at >= {f} and x.completed_at < {t} and x.escalated_at is null"
                    + " and x.completed_at <= x.due_until) as on_time,"
                    + " count(*) filter (where x.completed_at >= {f} and x.completed_at < {t} and x.escalated_at is null"
                    + " and x.completed_at > x.due_until) as late,"
                    + " count(*) filter (where x.completed_at >= {f} and x.completed_at < {t} and x.escalated_at is not null)"
                    + " as after_escalation,"
                    + " count(*) filter (where x.escalated_at >= {f} and x.escalated_at < {t}) as escalated"
                    + " from follow_up x" + viaContact
                    + " where (x.dated_at >= {f} and x.dated_at < {t}) or (x.completed_at >= {f} and x.completed_at < {t})"
                    + " or (x.escalated_at >= {f} and x.escalated_at < {t})) s"
                    + " cross join lateral (values ('booked', s.booked), ('onTime', s.on_time), ('late', s.late),"
                    + " ('afterEscalation', s.after_escalation), ('onTimeShare', case when s.on_time + s.late"
                    + " + s.after_escalation = 0 then -1 else round(s.on_time * 1000.0 / (s.on_time + s.late + s.after_escalation)) end),"
                    + " ('escalated', s.escalated)) v(code, value)"));
            String completedIn = " join referral_event e on e.referral_id = x.id and e.status_to = 'COMPLETED'"
                    + " and e.occurred_at >= {f} and e.occurred_at < {t}";
            statements.put("referrals", periods("select {k}, v.code, v.value from (select"
                    + " count(*) as made, count(x.contact_id) as with_contact, count(distinct x.contact_id) as contacts,"
                    + " (select count(*) from referral x" + viaContact + completedIn + ") as completed"
                    + " from referral x" + viaContact + " where x.dated_at >= {f} and x.dated_at < {t}) s"
                    + " cross join lateral (values ('made', s.made), ('withContact', s.with_contact),"
                    + " ('onOwn', s.made - s.with_contact), ('contacts', s.contacts), ('completed', s.completed)) v(code, value)"));
            String referrals = " from referral x" + viaContact + " join support_service s on s.id = x.service_id"
                    + " where x.dated_at >= {f} and x.dated_at < {t}";
            statements.put("referralService", periods("select {k}, s.code, count(*)" + referrals + " group by s.code"));
            statements.put("referralEnrolment", periods("select {k}, s.code, round(sum(case when exists (select 1 from referral_event e"
                    + " where e.referral_id = x.id and e.status_to = 'ENROLLED') then 1 else 0 end) * 1000.0 / count(*))" + referrals
                    + " group by s.code"));
            statements.put("referralStatus", periods("select {k}, x.status, count(*) from referral x" + viaContact
                    + " where x.dated_at >= {f} and x.dated_at < {t} group by x.status"));
            statements.put("referralOutcome", periods("select {k}, x.outcome, count(*) from referral x" + viaContact
                    + completedIn + " where x.outcome is not null group by x.outcome"));
            statements.put("risk", periods("select {k}, x.kind, count(*) from risk_flag x join contact c on c.id = x.contact_id"
                    + onLine + " where c.started_at >= {f} and c.started_at < {t} group by x.kind"));
            String alertLine = line == null ? "" : " join risk_flag rf on rf.id = a.risk_flag_id join contact c on c.id = rf.contact_id" + onLine;
            statements.put("signOff", periods("select {k}, v.code, v.value from (select count(*) as signed_off,"
                    + " round((percentile_cont(0.5) within group (order by trunc(extract(epoch from a.signed_off_at - a.raised_at) / 60)))::numeric)"
                    + " as median_minutes from safeguarding_alert a" + alertLine
                    + " where a.signed_off_at >= {f} and a.signed_off_at < {t}) s"
                    + " cross join lateral (values ('signedOff', s.signed_off), ('medianMinutes', s.median_minutes)) v(code, value)"));
            // The summary's thirteen months by channel: timed with the rest, compared by the tests, not here.
            YearMonth first = month.minusMonths(12);
            statements.put("trend", bind("select 0, to_char(c.started_at at time zone 'Europe/London', 'YYYY-MM') || ':'"
                    + " || x.code, count(*) from contact c join channel x on x.id = c.channel_id where c.started_at >= {f}"
                    + " and c.started_at < timestamptz '" + month.plusMonths(1).atDay(1).atStartOfDay(LONDON).toInstant()
                    + "'" + onLine + " group by 2", 0, first));
            statements.put("heatMap", bind("select 0, extract(isodow from c.started_at at time zone 'Europe/London')::int || ':'"
                    + " || extract(hour from c.started_at at time zone 'Europe/London')::int, count(*)" + inPeriod + " group by 2",
                    0, month));
        }

        /** The statement for the month, the month before and a year before, as one statement of three parts. */
        String periods(String template) {
            return String.join("\nunion all\n", bind(template, 0, month), bind(template, 1, month.minusMonths(1)),
                    bind(template, 2, month.minusYears(1)));
        }

        static String bind(String template, int k, YearMonth m) {
            Instant from = m.atDay(1).atStartOfDay(LONDON).toInstant();
            Instant to = m.plusMonths(1).atDay(1).atStartOfDay(LONDON).toInstant();
            return "(" + template.replace("{k}", String.valueOf(k)).replace("{f}", "timestamptz '" + from + "'")
                    .replace("{t}", "timestamptz '" + to + "'") + ")";
        }

        long count(String sql) throws SQLException {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        long contactsInMonth() throws SQLException {
            run();
            return figures.get("contacts").getOrDefault("all", new long[3])[0];
        }

        /** All the statements, one after the other on one connection, every row read. */
        Object run() throws SQLException {
            Map<String, Map<String, long[]>> result = new LinkedHashMap<>();
            for (Map.Entry<String, String> st : statements.entrySet()) {
                long start = System.nanoTime();
                Map<String, long[]> rows = new HashMap<>();
                try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(st.getValue())) {
                    while (rs.next()) {
                        long value = rs.getLong(3);
                        if (rs.wasNull()) {
                            continue;
                        }
                        rows.computeIfAbsent(rs.getString(2), c -> {
                            long[] empty = new long[3];
                            Arrays.fill(empty, Long.MIN_VALUE);
                            return empty;
                        })[rs.getInt(1)] = value;
                    }
                }
                perStatement.computeIfAbsent(st.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
                result.put(st.getKey(), rows);
            }
            figures = result;
            return result;
        }

        void printBreakdown(int runs) {
            perStatement.forEach((key, ms) -> {
                List<Double> timed = ms.subList(Math.max(0, ms.size() - runs), ms.size());
                System.out.printf(Locale.UK, "  %-20s %7.1f%n", key, Timing.of(timed).median());
            });
        }

        /** What the page shows, row by row, against the floor's figures; a short account of any difference. */
        String compareWith(String html) {
            List<String> differences = new ArrayList<>();
            int rows = 0;
            Matcher section = Pattern.compile("<section[^>]*class=\"report-section\"[^>]*id=\"([^\"]+)\"").matcher(html);
            List<int[]> bounds = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            while (section.find()) {
                keys.add(section.group(1));
                bounds.add(new int[] {section.start(), 0});
            }
            for (int i = 0; i < bounds.size(); i++) {
                bounds.get(i)[1] = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : html.length();
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                String body = html.substring(bounds.get(i)[0], bounds.get(i)[1]);
                if (key.equals("heatMap")) {
                    rows += compareHeat(body, differences);
                    seen.add(key);
                    continue;
                }
                if (key.equals("emails")) {
                    // The generated data holds no email; the section's figures, in working hours, are checked
                    // against a month worked by hand in EmailReportIT, and its time in this benchmark's page time.
                    continue;
                }
                Map<String, long[]> floor = figures.get(key);
                if (floor == null) {
                    differences.add("section " + key + " is not in the floor");
                    continue;
                }
                seen.add(key);
                Matcher row = Pattern.compile("<tr[^>]*data-code=\"([^\"]*)\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
                while (row.find()) {
                    List<String> cells = new ArrayList<>();
                    Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(2));
                    while (td.find()) {
                        cells.add(td.group(1));
                    }
                    if (cells.size() < 3) {
                        continue;
                    }
                    rows++;
                    long[] want = floor.get(row.group(1));
                    for (int k = 0; k < 3; k++) {
                        long shown = number(cells.get(k), key.equals("signOff") ? 60 : 1);
                        long expected = want == null || want[k] == Long.MIN_VALUE ? Long.MIN_VALUE : want[k];
                        boolean same = expected == Long.MIN_VALUE ? shown == 0 || shown == NONE : shown == expected;
                        if (!same) {
                            differences.add(key + "/" + row.group(1) + "[" + k + "]: page " + cells.get(k).strip()
                                    + ", floor " + (expected == Long.MIN_VALUE ? "none" : expected));
                        }
                    }
                }
            }
            for (String key : figures.keySet()) {
                if (!seen.contains(key) && !key.equals("labels") && !key.equals("trend")) {
                    differences.add("floor section " + key + " is not on the page");
                }
            }
            if (rows == 0) {
                return "could not read any figures from the page";
            }
            return differences.isEmpty() ? "the same, in all " + rows + " rows and the heat map"
                    : differences.size() + " differences in " + rows + " rows: "
                            + String.join("; ", differences.subList(0, Math.min(12, differences.size())))
                            + (differences.size() > 12 ? "; ..." : "");
        }

        int compareHeat(String body, List<String> differences) {
            Map<String, long[]> floor = figures.get("heatMap");
            Matcher tr = Pattern.compile("<tr>\\s*<th scope=\"row\">[^<]*</th>(.*?)</tr>", Pattern.DOTALL).matcher(body);
            int day = 0;
            while (tr.find()) {
                day++;
                Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(tr.group(1));
                int hour = 0;
                while (td.find()) {
                    long[] want = floor.get(day + ":" + hour);
                    long expected = want == null ? 0 : want[0];
                    long shown = number(td.group(1), 1);
                    if (shown != expected) {
                        differences.add("heatMap/" + day + ":" + hour + ": page " + shown + ", floor " + expected);
                    }
                    hour++;
                }
            }
            if (day != 7) {
                differences.add("heat map has " + day + " days");
            }
            return 1;
        }

        /**
         * "1,204", "87.5%" (as 875), a time ("12 min 30 s", "2 h 5 min") in units of {@code unitSeconds} seconds
         * (1 for handling time, 60 for minutes to sign-off), or a dash (none).
         */
        static long number(String cell, int unitSeconds) {
            String plain = cell.replaceAll("<[^>]*>", "").replace(",", "").strip();
            Matcher m = Pattern.compile("-?\\d+(\\.\\d+)?").matcher(plain);
            if (!m.find()) {
                return NONE;
            }
            if (plain.contains("%")) {
                return Math.round(Double.parseDouble(m.group()) * 10);
            }
            Matcher part = Pattern.compile("(\\d+) (h|min|s)\\b").matcher(plain);
            long seconds = 0;
            boolean time = false;
            while (part.find()) {
                time = true;
                long n = Long.parseLong(part.group(1));
                seconds += switch (part.group(2)) {
                    case "h" -> n * 3600;
                    case "min" -> n * 60;
                    default -> n;
                };
            }
            return time ? seconds / unitSeconds : Math.round(Double.parseDouble(m.group()));
        }
    }
}
