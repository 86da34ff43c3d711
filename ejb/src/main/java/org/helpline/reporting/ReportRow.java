package org.helpline.reporting;

import java.io.Serializable;

/** One figure of the report for the month, the month before, and the same month a year earlier. */
public record ReportRow(String code, String label, long month, long previousMonth, long lastYear) implements Serializable {
}
