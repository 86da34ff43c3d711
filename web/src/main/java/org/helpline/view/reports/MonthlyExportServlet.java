package org.helpline.view.reports;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpline.reporting.export.ExportFile;
import org.helpline.reporting.export.ExportFormat;
import org.helpline.reporting.export.ReportExports;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;
import org.helpline.view.Downloads;

/**
 * {@code /reports/monthly/export?month=2025-10&line=main&format=xlsx}: the monthly report as a file. A
 * plain link, so it downloads by keyboard, can be bookmarked and can be fetched by a script that signed in.
 * Who may read it is the service's decision; bad input is answered with an RFC 9457 problem.
 */
@WebServlet("/reports/monthly/export")
public class MonthlyExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFile file;
        try {
            Optional<ExportFormat> format = ExportFormat.named(request.getParameter("format"));
            file = exports.export(month(request.getParameter("month")), request.getParameter("line"),
                    format.orElse(null));
        } catch (InvalidInputException refusal) {
            Downloads.problem(response, HttpServletResponse.SC_BAD_REQUEST, UserText.of("report.export.refused"),
                    refusal.getField(), refusal.getMessage());
            return;
        }
        Downloads.send(response, file.fileName(), file.contentType(), file.bytes());
    }

    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("month", UserText.of("month.required"));
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", UserText.of("report.month.format"));
        }
    }
}
