package org.helpline.view.admin;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpline.privacy.CallerFile;
import org.helpline.privacy.SubjectAccess;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.view.Downloads;

/**
 * {@code /admin/caller-data/export?caller=123&format=json|pdf}: a caller's subject access file, as a plain
 * download link. Under {@code /admin}, so only admins reach it; the service checks again and logs it.
 */
@WebServlet("/admin/caller-data/export")
public class CallerDataExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SubjectAccess subjectAccess;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CallerFile file;
        try {
            file = subjectAccess.export(caller(request.getParameter("caller")), request.getParameter("format"));
        } catch (InvalidInputException refusal) {
            Downloads.problem(response, HttpServletResponse.SC_BAD_REQUEST, UserText.of("subjectAccess.export.refused"),
                    refusal.getField(), refusal.getMessage());
            return;
        } catch (NotFoundException missing) {
            Downloads.problem(response, HttpServletResponse.SC_NOT_FOUND, UserText.of("subjectAccess.export.noCaller"), "caller",
                    missing.getMessage());
            return;
        }
        Downloads.send(response, file.fileName(), file.contentType(), file.bytes());
    }

    private static long caller(String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("caller", UserText.of("subjectAccess.caller.required"));
    }
}
