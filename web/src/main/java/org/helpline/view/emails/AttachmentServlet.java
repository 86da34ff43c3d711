package org.helpline.view.emails;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpline.email.EmailQueue;
import org.helpline.email.EmailQueue.AttachmentFile;
import org.helpline.security.NotPermittedException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.view.Downloads;

/**
 * {@code /emails/attachment?id=}: a file that came with an email, always as a download (never shown in the
 * browser), under a content type from a short list of harmless ones, else as plain bytes; only for staff
 * allowed to open attachments ({@link EmailQueue#attachment}, which checks and logs).
 */
@WebServlet("/emails/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Types a browser may be told: documents and pictures that run nothing. */
    static final Set<String> SAFE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "text/plain", "text/csv");

    @Inject
    EmailQueue queue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException notAnId) {
            Downloads.problem(response, HttpServletResponse.SC_BAD_REQUEST, UserText.of("email.attachment.refused"), "id",
                    UserText.of("email.attachment.id"));
            return;
        }
        AttachmentFile file;
        try {
            file = queue.attachment(id);
        } catch (NotFoundException missing) {
            Downloads.problem(response, HttpServletResponse.SC_NOT_FOUND, UserText.of("email.attachment.refused"), "id",
                    missing.getMessage());
            return;
        } catch (NotPermittedException refused) {
            Downloads.problem(response, HttpServletResponse.SC_FORBIDDEN, UserText.of("email.attachment.refused"), "id",
                    refused.getMessage());
            return;
        }
        String type = file.contentType().toLowerCase(Locale.ROOT);
        response.setContentType(SAFE_TYPES.contains(type) ? type : "application/octet-stream");
        response.setHeader("Content-Disposition", disposition(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    /** {@code attachment}, with the name in plain ASCII and in full (RFC 6266). */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
