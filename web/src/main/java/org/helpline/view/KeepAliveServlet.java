package org.helpline.view;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /keep-alive}: "Stay signed in" in the idle warning. Reaching it is the point: the request itself
 * renews the session. With {@code ?end=true}, when the warning ran out, it signs out on the server and
 * shows the sign-in page saying why; with {@code ?end=now} (Sign out on an error page) it just signs out.
 */
@WebServlet("/keep-alive")
public class KeepAliveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException,
            jakarta.servlet.ServletException {
        String end = request.getParameter("end");
        if ("true".equals(end) || "now".equals(end)) {
            request.logout();
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml" + ("true".equals(end) ? "?idle=true" : ""));
            return;
        }
        response.setStatus(request.getSession(false) == null ? HttpServletResponse.SC_UNAUTHORIZED
                : HttpServletResponse.SC_NO_CONTENT);
    }
}
