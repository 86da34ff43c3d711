package org.helpline.view;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpline.audit.AccessLog;

/**
 * Writes each refusal of a page to the access log: whenever the "not allowed" page is shown, for a page
 * the user's roles do not open or a service that refused them (an error dispatch by the container, or a forward by
 * {@link Refusals}). Only the path is kept, never its query.
 */
@WebFilter(urlPatterns = "/WEB-INF/errors/forbidden.xhtml", dispatcherTypes = {DispatcherType.ERROR, DispatcherType.FORWARD})
public class RefusalLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessLog log;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        if (path.startsWith(request.getContextPath())) {
            path = path.substring(request.getContextPath().length());
        }
        log.refused("page", null, path);
        chain.doFilter(request, response);
    }
}
