package org.helpline.reporting;

import java.io.Serializable;
import java.util.List;

/** A titled table of the report, with the rule its figures are counted by. */
public record ReportSection(String key, String title, String rule, List<ReportRow> rows) implements Serializable {

    /** The row with this code; a missing row is a programming error. */
    public ReportRow row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No row " + code + " in " + key));
    }
}
