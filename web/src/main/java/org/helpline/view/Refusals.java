package org.helpline.view;

import java.io.IOException;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpline.security.NotPermittedException;
import org.helpline.shared.HelplineException;
import org.helpline.shared.NotFoundException;
import org.jboss.logging.Logger;
import org.omnifaces.config.WebXml;
import org.primefaces.csp.CspException;

/**
 * Answers a page request that was refused as expected (a service's refusal, a role that may not, a missing
 * record, a form from an expired or tampered page, a form that cannot be read) with web.xml's error page for it
 * and one log line carrying the request's id, instead of letting it reach the servlet container, which would
 * log each at ERROR with a stack trace of some 10 KB, before any sign-in. Anything else goes on to the
 * container as before: an unexpected failure keeps its stack trace at ERROR. Declared in web.xml for the
 * Faces servlet, after {@link RequestIds}.
 */
public class Refusals extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(Refusals.class);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!readable(request)) {
            // Not a Faces page in answer: it would read the same body and fail again.
            LOG.infof("Refused %s %s: 400 (a form that cannot be read)", request.getMethod(), request.getRequestURI());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Helpline could not read the form that was sent. Nothing was saved.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            Throwable refusal = expected(failure);
            if (refusal == null || response.isCommitted()) {
                throw failure;
            }
            refuse(request, response, refusal);
        }
    }

    /** Whether a form sent as multipart can be read at all; Faces would fail on it with a stack trace. */
    private static boolean readable(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return true;
        }
        try {
            request.getParts();
            return true;
        } catch (IOException | ServletException | RuntimeException malformed) {
            return false;
        }
    }

    /** The refusal behind a failure, or null when the failure is not one Helpline expects. */
    static Throwable expected(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HelplineException || t instanceof EJBAccessException || t instanceof ViewExpiredException
                    || t instanceof CspException) {
                return t;
            }
        }
        return null;
    }

    static int status(Throwable refusal) {
        if (refusal instanceof NotPermittedException || refusal instanceof EJBAccessException) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        return refusal instanceof NotFoundException ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST;
    }

    /**
     * Shows web.xml's error page for the refusal, with the attributes the container would give it, so the page
     * (and {@link RefusalLogFilter}) see it as they would an error dispatch. Only the path, the status and the
     * refusal's type are logged: a query or a message could echo what was sent.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, Throwable refusal)
            throws ServletException, IOException {
        int status = status(refusal);
        String path = request.getRequestURI();
        if (status == HttpServletResponse.SC_FORBIDDEN) {
            LOG.warnf("Refused %s %s: %d (%s)", request.getMethod(), path, status, refusal.getClass().getSimpleName());
        } else {
            LOG.infof("Refused %s %s: %d (%s)", request.getMethod(), path, status, refusal.getClass().getSimpleName());
        }
        String location = WebXml.instance().findErrorPageLocation(refusal);
        response.reset();
        response.setStatus(status);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, refusal);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE, refusal.getClass());
        request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
        request.setAttribute(RequestDispatcher.ERROR_SERVLET_NAME, "Faces Servlet");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.getRequestDispatcher(location).forward(request, response);
    }
}
