package org.helpline.reporting;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/** The monthly report: for {@code month}, on one line ({@code lineCode}) or all lines (null). */
public record MonthlyFigures(YearMonth month, String lineCode, List<ReportSection> sections) implements Serializable {

    public ReportSection section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section " + key));
    }
}
