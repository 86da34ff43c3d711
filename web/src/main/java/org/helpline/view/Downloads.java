package org.helpline.view;

import static org.helpline.shared.JsonValues.JSON;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** How the download links answer: the file, never cached; or an RFC 9457 problem naming the field at fault. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(HttpServletResponse response, String fileName, String contentType, byte[] bytes)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    public static void problem(HttpServletResponse response, int status, String title, String field, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", message)
                .add("errors", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("field", field).add("message", message)))
                .build().toString());
    }
}
