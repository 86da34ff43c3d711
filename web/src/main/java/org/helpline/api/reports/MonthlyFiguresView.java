package org.helpline.api.reports;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.helpline.reporting.MonthlyFigures;
import org.helpline.reporting.ReportRow;
import org.helpline.reporting.ReportSection;

/** The monthly report's figures: each section's rows for the month, the month before and a year before. */
@Schema(name = "MonthlyFigures")
public record MonthlyFiguresView(
        @Schema(example = "2026-11") String month,
        @Schema(description = "The line reported on; absent for all lines") String line,
        List<Section> sections,
        @Schema(description = "Contacts by day of the month (rows) and hour of the day (24 columns)") long[][] busy) {

    /** One part of the report (by topic, caller type, channel, outcome, referrals, callbacks...). */
    @Schema(name = "ReportSection")
    public record Section(String key, String title, @Schema(description = "How the figures are counted") String rule,
            List<Row> rows) {
    }

    /** One figure; percentages are in tenths of a percent, -1 means none can be worked out. */
    @Schema(name = "ReportRow")
    public record Row(String code, String label, @Schema(enumeration = {"COUNT", "SECONDS", "MINUTES", "PERCENT"}) String unit,
            long month, long previousMonth, long lastYear) {
    }

    static MonthlyFiguresView of(MonthlyFigures figures) {
        return new MonthlyFiguresView(figures.month().toString(), figures.lineCode(),
                figures.sections().stream().map(MonthlyFiguresView::section).toList(), figures.heatMap());
    }

    private static Section section(ReportSection s) {
        return new Section(s.key(), s.title(), s.rule(), s.rows().stream().map(MonthlyFiguresView::row).toList());
    }

    private static Row row(ReportRow r) {
        return new Row(r.code(), r.label(), r.unit().name(), r.month(), r.previousMonth(), r.lastYear());
    }
}
