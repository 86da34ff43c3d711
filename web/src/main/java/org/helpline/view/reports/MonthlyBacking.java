package org.helpline.view.reports;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.calls.HelplineLine;
import org.helpline.reporting.MonthlyFigures;
import org.helpline.reporting.MonthlyReport;
import org.helpline.reporting.ReportPublishing;
import org.helpline.reporting.ReportRow;
import org.helpline.reporting.ReportSection;
import org.helpline.reporting.ReportSummary;
import org.helpline.reporting.ReportView;
import org.helpline.reporting.export.ExportFormat;
import org.helpline.security.Roles;
import org.helpline.shared.HelplineException;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.UserText;
import org.helpline.view.Messages;
import org.helpline.view.MonthOptions;

/** {@code reports/monthly.xhtml}: the monthly report for a chosen month and line, its charts, exports and publishing. */
@Named
@ViewScoped
public class MonthlyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonthlyReport report;

    @Inject
    ReportPublishing publishing;

    private final List<MonthOptions.Option> months = new java.util.ArrayList<>(MonthOptions.lastMonths(36));
    private List<HelplineLine> lines;
    private String month;
    private String line;
    private ReportView view;
    private final Map<String, String> charts = new HashMap<>();
    private ReportSummary summary;

    @PostConstruct
    void load() {
        YearMonth now = YearMonth.now(HelplineTime.CLOCK);
        lines = report.lines();
        month = now.minusMonths(1).toString();
        // A month asked for by link (from the list of months changed since publication): a good one, or last month.
        String asked = faces().getExternalContext().getRequestParameterMap().get("month");
        YearMonth linked = linkedMonth(asked, now);
        if (linked != null) {
            month = linked.toString();
            if (months.stream().noneMatch(o -> o.value().equals(month))) {
                // An older published month: offered too, so the choice shows what the page shows.
                months.add(new MonthOptions.Option(month, MonthOptions.label(linked)));
            }
        }
        show();
    }

    /** The month in a link, if it is one the report has (1900 to this month); null otherwise (2026-13, 9999-12). */
    private static YearMonth linkedMonth(String asked, YearMonth now) {
        if (asked == null || !asked.matches("(19|20)\\d{2}-(0[1-9]|1[0-2])")) {
            return null;
        }
        YearMonth month = YearMonth.parse(asked);
        return month.isAfter(now) ? null : month;
    }

    public void show() {
        charts.clear();
        summary = null;
        try {
            view = report.view(YearMonth.parse(month), line);
        } catch (HelplineException refusal) {
            Messages.show(faces(), "report", refusal);
        }
    }

    public void publish() {
        YearMonth shown = view.figures().month();
        try {
            publishing.publish(shown);
            show();
            Messages.info(faces(), UserText.of("report.published", MonthOptions.label(shown)));
        } catch (HelplineException refusal) {
            Messages.show(faces(), "publishing", refusal);
        }
    }

    /** Managers and admins publish months that are over and not yet published. */
    public boolean isPublishable() {
        var external = faces().getExternalContext();
        return view != null && !view.published() && view.figures().month().isBefore(YearMonth.now(HelplineTime.CLOCK))
                && (external.isUserInRole(Roles.MANAGER) || external.isUserInRole(Roles.ADMIN));
    }

    /** "October 2025, all lines" or "October 2025, Nurse line": which figures these are, line named. */
    public String getHeading() {
        MonthlyFigures figures = view.figures();
        return MonthOptions.label(figures.month()) + ", " + MonthlyReport.scopeName(lines, figures.lineCode());
    }

    public String publishedLine() {
        ReportView.Publication p = view.publication();
        return "Published on " + HelplineTime.dayAndTime(p.at()) + " by " + p.by() + ".";
    }

    public String changedLine() {
        long n = view.changedSincePublication();
        return n + (n == 1 ? " record" : " records") + " of this month logged or changed since publication. The "
                + "published figures stay as they were; the column headed \"Now\" shows them recomputed, and the "
                + "table below lists the figures that differ.";
    }

    /** The summary read first: headlines with their changes, the trend and the top topics (as the PDF's first page). */
    public ReportSummary getSummary() {
        if (summary == null) {
            summary = ReportSummary.of(view.figures());
        }
        return summary;
    }

    /** Chart.js settings for the thirteen months' trend, or empty when the figures have none. */
    public String getTrendChart() {
        return charts.computeIfAbsent("trend", key -> view.figures().trend().isEmpty() ? ""
                : ReportCharts.trend(view.figures().trend()));
    }

    /** "Contacts by channel, October 2024 to October 2025". */
    public String getTrendTitle() {
        List<YearMonth> months = view.figures().trend().months();
        return "Contacts by channel, " + MonthOptions.label(months.get(0)) + " to "
                + MonthOptions.label(months.get(months.size() - 1));
    }

    /** Chart.js settings for the section's chart, or null when it has nothing to draw. */
    public String chart(ReportSection section) {
        return charts.computeIfAbsent(section.key(), key -> {
            List<ReportRow> rows = ReportCharts.charted(section);
            return rows.isEmpty() ? "" : ReportCharts.bars(rows, columns());
        });
    }

    /** The chart's height: enough for three bars a row, and the legend. */
    public int chartHeight(ReportSection section) {
        return 70 + ReportCharts.charted(section).size() * 42;
    }

    public boolean chartShowsSome(ReportSection section) {
        return section.rows().size() > ReportCharts.charted(section).size();
    }

    /** The figure recomputed now for a published month's row, or an en dash. */
    public String now(ReportSection section, ReportRow row) {
        return view.now(section.key(), row.code()).map(r -> r.format(r.month())).orElse("–");
    }

    public String exportLink(ExportFormat format) {
        String path = faces().getExternalContext().getRequestContextPath() + "/reports/monthly/export?month="
                + view.figures().month() + "&format=" + format.name().toLowerCase();
        String lineCode = view.figures().lineCode();
        return lineCode == null ? path : path + "&line=" + URLEncoder.encode(lineCode, StandardCharsets.UTF_8);
    }

    public ExportFormat[] getFormats() {
        return ExportFormat.values();
    }

    private List<String> columns() {
        YearMonth m = view.figures().month();
        return List.of(MonthOptions.label(m), MonthOptions.label(m.minusMonths(1)), MonthOptions.label(m.minusYears(1)));
    }

    /** A day of the heat map: 1 for Monday to 7 for Sunday. */
    public record Day(int number, String label) implements Serializable {
    }

    private static final List<Day> DAYS = List.of(new Day(1, "Mon"), new Day(2, "Tue"), new Day(3, "Wed"),
            new Day(4, "Thu"), new Day(5, "Fri"), new Day(6, "Sat"), new Day(7, "Sun"));

    private static final List<Integer> HOURS = java.util.stream.IntStream.range(0, 24).boxed().toList();

    public List<Day> getDays() {
        return DAYS;
    }

    public List<Integer> getHours() {
        return HOURS;
    }

    /** 0 (none) to 4 (the busiest quarter), for the cell's shade. */
    public int shade(int day, int hour) {
        MonthlyFigures figures = getFigures();
        long busiest = figures.busiest();
        long count = figures.busy(day, hour);
        return busiest == 0 || count == 0 ? 0 : (int) Math.min(4, 1 + (count * 4 - 1) / busiest);
    }

    public String label(YearMonth m) {
        return MonthOptions.label(m);
    }

    public List<MonthOptions.Option> getMonths() {
        return months;
    }

    public List<HelplineLine> getLines() {
        return lines;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }

    public ReportView getView() {
        return view;
    }

    public MonthlyFigures getFigures() {
        return view == null ? null : view.figures();
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
