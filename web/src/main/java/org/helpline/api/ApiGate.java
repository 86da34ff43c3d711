package org.helpline.api;

import java.io.IOException;

import jakarta.json.bind.Jsonb;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.helpline.shared.UserText;
import org.helpline.view.ExistingSession;

/**
 * The door to {@code /api/*}: a request goes in only as the integration user its bearer token names
 * ({@code HelplineAuthentication} checks the token before this runs), except the telephony webhook,
 * whose HMAC signature is its credential and is checked by the service it calls. A browser's session
 * never counts here ({@code SessionSignIns} leaves API requests to their token), so a page cannot be
 * made to call the API on a signed-in adviser's behalf, and no API request leaves a session behind.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Set on the request by the authentication mechanism when a bearer token checked out. */
    public static final String TOKEN_CHECKED = ApiGate.class.getName() + ".token";
    /** Set when a bearer token was sent but refused. */
    public static final String TOKEN_REFUSED = ApiGate.class.getName() + ".refused";

    static final String WEBHOOK = "/api/v1/telephony/";

    private static final Jsonb JSON = OneJsonb.JSONB;

    /** Whether a request is for the API, where only tokens count. */
    public static boolean isApi(HttpServletRequest request) {
        return pathOf(request).startsWith("/api/");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = pathOf(request);
        try {
            if (!path.startsWith(WEBHOOK) && (request.getUserPrincipal() == null || request.getAttribute(TOKEN_CHECKED) == null)) {
                write(response, unauthorized(path, request.getAttribute(TOKEN_REFUSED) != null));
                return;
            }
            chain.doFilter(request, response);
        } finally {
            // Authentication may leave a session behind; an API client has no use for it.
            ExistingSession.of(request).filter(HttpSession::isNew).ifPresent(HttpSession::invalidate);
        }
    }

    /** 401, saying whether the token was missing or refused (RFC 6750). */
    static Response unauthorized(String path, boolean refused) {
        Response problem = Problems.problem(401, "unauthorized", UserText.of("api.unauthorized.title"), refused
                ? UserText.of("api.unauthorized.refused") : UserText.of("api.unauthorized.missing"), path, null);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE,
                refused ? "Bearer realm=\"helpline\", error=\"invalid_token\"" : "Bearer realm=\"helpline\"").build();
    }

    private static void write(HttpServletResponse response, Response problem) throws IOException {
        // Written before the other filters run, so with the headers every answer carries (SecurityHeaders).
        response.setStatus(problem.getStatus());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, problem.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        response.getWriter().write(JSON.toJson(problem.getEntity()));
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
