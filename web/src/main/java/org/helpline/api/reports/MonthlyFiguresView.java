package org.helpline.api.reports;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.helpline.reporting.MonthlyFigures;
import org.helpline.reporting.ReportRow;
import org.helpline.reporting.ReportSection;
import org.helpline.reporting.ReportView;

/**
 * The monthly report's figures as readers see them on the report page: for a published month the figures as
 * published, with what has changed since; otherwise as they stand. Each section's rows give the month, the
 * month before and a year before.
 */
@Schema(name = "MonthlyFigures")
public record MonthlyFiguresView(
        @Schema(example = "2026-11") String month,
        @Schema(description = "The line reported on; absent for all lines") String line,
        List<Section> sections,
        @Schema(description = "Contacts by day of the week (7 rows, Monday first) and hour of the day (24 "
                + "columns, 00 to 23, UK time). On the Sunday the clocks go back, hour 01 holds two real hours; "
                + "on the Sunday they go forward, hour 01 holds none.") long[][] busy,
        @Schema(description = "When and by whom the month was published; absent while it is not") Publication publication) {

    /** A published month: the sections above are as published; sectionsNow as they stand, when they differ. */
    @Schema(name = "ReportPublication")
    public record Publication(Instant at, @Schema(description = "A manager's name, or the monthly schedule") String by,
            @Schema(description = "How many of the month's records were logged or changed since it was published")
            long changedSincePublication,
            @Schema(description = "The figures recomputed now; absent when nothing changed since publication")
            List<Section> sectionsNow) {
    }

    /** One part of the report (by topic, caller type, channel, outcome, referrals, callbacks...). */
    @Schema(name = "ReportSection")
    public record Section(String key, String title, @Schema(description = "How the figures are counted") String rule,
            List<Row> rows) {
    }

    /**
     * One figure, as a whole number in its unit: PERCENT in tenths of a percent (667 is 66.7%), SECONDS and
     * MINUTES as such; -1 means none can be worked out (a median of no contacts).
     */
    @Schema(name = "ReportRow", description = "One figure, as a whole number in its unit: a PERCENT in tenths of a "
            + "percent (667 is 66.7%); -1 when none can be worked out (the median of nothing)")
    public record Row(String code, String label, @Schema(enumeration = {"COUNT", "SECONDS", "MINUTES", "PERCENT"},
            description = "COUNT, SECONDS, MINUTES, or PERCENT in tenths of a percent") String unit,
            long month, long previousMonth, long lastYear) {
    }

    static MonthlyFiguresView of(ReportView view) {
        MonthlyFigures figures = view.figures();
        Publication publication = view.publication() == null ? null : new Publication(view.publication().at(),
                view.publication().by(), view.changedSincePublication(),
                view.recomputed() == null ? null : sections(view.recomputed()));
        return new MonthlyFiguresView(figures.month().toString(), figures.lineCode(), sections(figures),
                figures.heatMap(), publication);
    }

    private static List<Section> sections(MonthlyFigures figures) {
        return figures.sections().stream().map(MonthlyFiguresView::section).toList();
    }

    private static Section section(ReportSection s) {
        return new Section(s.key(), s.title(), s.rule(), s.rows().stream().map(MonthlyFiguresView::row).toList());
    }

    private static Row row(ReportRow r) {
        return new Row(r.code(), r.label(), r.unit().name(), r.month(), r.previousMonth(), r.lastYear());
    }
}
