package org.helpline.reporting.export;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.helpline.reporting.MonthlyReport;
import org.helpline.reporting.ReportView;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * Exporting the monthly report as readers see it on the page: the published figures for a published
 * month (saying so, and how many records changed since), otherwise the figures as they stand.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.MANAGER})
@RequiresPermission(Permission.EXPORT_REPORTS)
public class ReportExports {

    @Inject
    MonthlyReport report;

    public ExportFile export(YearMonth month, String lineCode, ExportFormat format) {
        if (format == null) {
            throw new InvalidInputException("format", UserText.of("report.format.required"));
        }
        ReportView view = report.view(month, lineCode);
        ReportHeading heading = heading(view);
        byte[] bytes = switch (format) {
            case XLSX -> XlsxReport.write(heading);
            case CSV -> CsvReport.write(heading);
            case PDF -> PdfReport.write(heading);
        };
        String scope = view.figures().lineCode() == null ? "all-lines" : view.figures().lineCode();
        return new ExportFile("helpline-report-" + month + "-" + scope + "." + format.extension(), format.contentType(),
                bytes);
    }

    private ReportHeading heading(ReportView view) {
        YearMonth month = view.figures().month();
        String line = MonthlyReport.scopeName(report.lines(), view.figures().lineCode());
        String status;
        if (view.published()) {
            status = "Published on " + HelplineTime.dayAndTime(view.publication().at()) + " by "
                    + view.publication().by() + ". These are the published figures"
                    + (view.changedSincePublication() == 0 ? "; no records have changed since."
                            : "; " + view.changedSincePublication() + (view.changedSincePublication() == 1
                                    ? " record has" : " records have") + " changed since.");
        } else {
            status = "Not published: the figures as they stood on " + HelplineTime.dayAndTime(Instant.now()) + ".";
        }
        return new ReportHeading("Helpline monthly report: " + HelplineTime.monthName(month) + ", " + line, status,
                List.of(HelplineTime.monthName(month), HelplineTime.monthName(month.minusMonths(1)),
                        HelplineTime.monthName(month.minusYears(1))), view);
    }
}
