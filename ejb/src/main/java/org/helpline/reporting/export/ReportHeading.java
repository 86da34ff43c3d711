package org.helpline.reporting.export;

import java.time.YearMonth;
import java.util.List;

import org.helpline.reporting.ReportView;

/**
 * What every export says about itself: which month and line, whether the figures are the published
 * ones, and the column headings for the month and the two it is compared with.
 */
record ReportHeading(String title, String status, List<String> columns, ReportView view) {

    YearMonth month() {
        return view.figures().month();
    }
}
