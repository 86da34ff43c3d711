package org.helpline.view;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Headers every response carries (OWASP ASVS 14.4), and the session's absolute limit. Pages rendered by
 * Faces get their Content-Security-Policy from PrimeFaces, which adds a fresh nonce for its own scripts
 * each time (web.xml, {@code primefaces.CSP_POLICY}); everything else gets a policy here. Nothing but
 * the styles and scripts of the sign-in page may be cached, since any page may show a caller's details.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** However busy they are, staff sign in again after this long. */
    static final Duration ABSOLUTE_SESSION = Duration.ofHours(12);

    static final String OTHER_CONTENT_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = ExistingSession.of(request).orElse(null);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > ABSOLUTE_SESSION.toMillis()) {
            request.logout();
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/login.xhtml?expired=true");
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        // The old XSS auditors did more harm than good; OWASP advises turning them off and relying on the CSP.
        response.setHeader("X-XSS-Protection", "0");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getServletPath();
        // Faces sets the caching of styles and scripts itself; nothing else may be kept.
        if (!path.startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (!isFacesPage(path)) {
            response.setHeader("Content-Security-Policy", OTHER_CONTENT_POLICY);
        }
        chain.doFilter(request, response);
    }

    /** Faces renders these, and PrimeFaces sets their policy with its nonce. */
    private static boolean isFacesPage(String path) {
        return path.endsWith(".xhtml") || path.equals("/") || path.isEmpty();
    }
}
