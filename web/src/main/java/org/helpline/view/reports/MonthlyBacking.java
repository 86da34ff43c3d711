package org.helpline.view.reports;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.calls.HelplineLine;
import org.helpline.reporting.MonthlyFigures;
import org.helpline.reporting.MonthlyReport;
import org.helpline.shared.HelplineException;
import org.helpline.shared.HelplineTime;
import org.helpline.view.Messages;
import org.helpline.view.MonthOptions;

/** {@code reports/monthly.xhtml}: the monthly report for a chosen month and line. */
@Named
@ViewScoped
public class MonthlyBacking implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    MonthlyReport report;

    @Inject
    FacesContext faces;

    private final List<MonthOptions.Option> months = MonthOptions.lastMonths(36);
    private List<HelplineLine> lines;
    private String month;
    private String line;
    private MonthlyFigures figures;

    @PostConstruct
    void load() {
        YearMonth now = YearMonth.now(HelplineTime.CLOCK);
        lines = report.lines();
        month = now.minusMonths(1).toString();
        show();
    }

    public void show() {
        try {
            figures = report.figures(YearMonth.parse(month), line);
        } catch (HelplineException refusal) {
            Messages.show(faces, "report", refusal);
        }
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

    public MonthlyFigures getFigures() {
        return figures;
    }
}
