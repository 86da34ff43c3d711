import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times single statements, to see what an index or a setting does to one query of the report:
 *
 * <pre>
 * java -cp postgresql.jar ear/src/bench/QueryTimings.java ear/src/bench/slow-queries.sql [runs] [jdbc-url]
 * </pre>
 *
 * The file holds statements, each after a line "-- name: what it is" and ending with ";" at the end of
 * a line; {from} and {to} in them stand for the start of last month and of this month, UK time. A statement named "setting" (for example "set random_page_cost = 1.1") is run once, not
 * timed. Each timed statement runs once to warm up, then {@code runs} times (default 7); the minimum is
 * the steadiest figure on a busy machine, the median the usual one. Every row is read.
 */
public class QueryTimings {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: QueryTimings.java FILE [runs] [jdbc-url]");
            System.exit(2);
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String url = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/helpline_bench";
        Map<String, String> statements = new LinkedHashMap<>();
        String name = null;
        StringBuilder sql = new StringBuilder();
        int unnamed = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.startsWith("-- name:")) {
                name = line.substring("-- name:".length()).strip();
                continue;
            }
            if (line.startsWith("--") || (line.isBlank() && sql.length() == 0)) {
                continue;
            }
            sql.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
                java.time.YearMonth last = java.time.YearMonth.now(london).minusMonths(1);
                String text = sql.toString().strip()
                        .replace("{from}", "timestamptz '" + last.atDay(1).atStartOfDay(london).toInstant() + "'")
                        .replace("{to}", "timestamptz '" + last.plusMonths(1).atDay(1).atStartOfDay(london).toInstant() + "'");
                statements.put((name == null ? "statement " + (++unnamed) : name) + "#" + statements.size(),
                        text.substring(0, text.length() - 1));
                name = null;
                sql.setLength(0);
            }
        }
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            for (Map.Entry<String, String> st : statements.entrySet()) {
                String label = st.getKey().substring(0, st.getKey().lastIndexOf('#'));
                if (label.equals("setting")) {
                    try (Statement s = db.createStatement()) {
                        s.execute(st.getValue());
                    }
                    System.out.println("  (" + st.getValue() + ")");
                    continue;
                }
                List<Double> ms = new ArrayList<>();
                long rows = 0;
                for (int i = 0; i <= runs; i++) {
                    long start = System.nanoTime();
                    rows = 0;
                    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(st.getValue())) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                    if (i > 0) {
                        ms.add((System.nanoTime() - start) / 1e6);
                    }
                }
                double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
                System.out.printf(Locale.UK, "  %-60s min %7.1f ms, median %7.1f ms (%d rows)%n", label, sorted[0], median, rows);
            }
        }
    }
}
