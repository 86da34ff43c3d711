package org.helpline.view;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpline.api.ApiGate;

/**
 * Refuses, with 403 and before any page or session is touched, a request to the pages that could change
 * something (any method but GET, HEAD and OPTIONS: signing in, the second factor, the set-up page, every
 * form) and a WebSocket handshake (the screen pop, the wallboard), when the browser says it comes from
 * another site's page. That stops another site signing a browser in as someone else (login CSRF) and
 * listening on a signed-in member of staff's sockets (cross-site WebSocket hijacking). The browser's
 * {@code Origin} header says where a request comes from, or, without it, its {@code Referer}; a request
 * with neither is not from another site's page, so it passes (the session cookie is SameSite=Strict too).
 * The REST API is left out: it takes bearer tokens, never cookies.
 *
 * <p>Our own origin is the scheme, host and port the request was sent to. Behind a proxy that ends TLS
 * ({@code -Dhelpline.behind-proxy=true}), WildFly takes the scheme, host and port from the proxy's
 * X-Forwarded-Proto, -Host and -Port headers (or its Host header), so they are the browser's.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOrigin extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SameOrigin.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ApiGate.isApi(request) || READS.contains(request.getMethod()) && !isWebSocket(request)
                || fromOwnSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        // The path only: no query, no header values, which another site chose.
        LOG.warning(() -> "Refused a " + (isWebSocket(request) ? "WebSocket handshake" : request.getMethod())
                + " to " + request.getServletPath().replaceAll("[^\\w./-]", "?") + " from another site's page");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("Refused: this request came from another site's page. Open Helpline itself "
                + "and try again.\n");
    }

    private static boolean isWebSocket(HttpServletRequest request) {
        return "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    /** Whether the browser says the request comes from a page of this server, or says nothing. */
    public static boolean fromOwnSite(HttpServletRequest request) {
        String claimed = request.getHeader("Origin");
        if (claimed == null) {
            claimed = request.getHeader("Referer");
        }
        return claimed == null || isOwn(claimed, request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /**
     * Whether {@code claimed} (an Origin, or a Referer's whole address) names the origin of {@code scheme},
     * {@code host} and {@code port}. An origin that cannot be read, and the opaque origin "null" a browser
     * sends for sandboxed pages and some redirects, are never our own.
     */
    static boolean isOwn(String claimed, String scheme, String host, int port) {
        return origin(claimed).filter(origin(scheme, host, port)::equals).isPresent();
    }

    private static Optional<String> origin(String address) {
        try {
            URI uri = new URI(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(origin(uri.getScheme(), uri.getHost(), uri.getPort()));
        } catch (URISyntaxException unreadable) {
            return Optional.empty();
        }
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        int p = port >= 0 ? port : "https".equals(s) || "wss".equals(s) ? 443 : 80;
        return s + "://" + host.toLowerCase(Locale.ROOT) + ":" + p;
    }
}
