package org.helpline.view;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jboss.logging.MDC;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * Gives every request an id, which each log line written while it runs carries ({@code %X{requestId}}, and
 * the JSON log's {@code mdc}) and the response returns as {@code X-Request-Id}, so a member of staff's
 * report of an error can be found in the log; a proxy's own id is kept when it sends a sane one. Also
 * times each request into the {@code helpline_requests_seconds} metric (count, total and longest), by
 * area of the application, method and outcome. Declared first in web.xml, so that everything after it logs with the id,
 * also on the container's error page for the request.
 */
public class RequestIds extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String HEADER = "X-Request-Id";

    static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    transient MeterRegistry metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // The container's error page: the request's own id, or (for a request the container refused before any
            // filter ran, such as a page whose constraint does not admit the user's roles) one given here, so that
            // the refusal's log line carries it too. Timed with the request itself, if at all, as before.
            Object outer = MDC.put(MDC_KEY, idOf(request, response));
            try {
                chain.doFilter(request, response);
            } finally {
                restore(outer);
            }
            return;
        }
        String id = idOf(request, response);
        Object outer = MDC.put(MDC_KEY, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (!request.isAsyncStarted()) {
                // registry.timer(name, tags), not Timer.builder(...).register(registry): WildFly 39 hands the
                // application a registry that passes only the former on to the Prometheus endpoint.
                timer(area(request), method(request), outcome(response.getStatus()))
                        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
            restore(outer);
        }
    }

    /**
     * The timer of one area, method and outcome, looked up in the registry once and kept: the registry's own
     * look-up builds and searches its tags on every call (6% of a contact save's CPU in the throughput
     * benchmark's first profile). The keys are few (fixed areas, methods, outcomes).
     */
    private Timer timer(String area, String method, String outcome) {
        return TIMERS.computeIfAbsent(area + ' ' + method + ' ' + outcome,
                key -> metrics.timer("helpline.requests", Tags.of("area", area, "method", method, "outcome", outcome)));
    }

    private static final Map<String, Timer> TIMERS = new ConcurrentHashMap<>();

    /** The request's method, or OTHER for one HTTP does not define, so that a client cannot add series at will. */
    static String method(HttpServletRequest request) {
        String method = request.getMethod();
        return switch (method) {
            case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE" -> method;
            default -> "OTHER";
        };
    }

    /** The request's id: given already (an error page's dispatch), else the proxy's if sane, else a new one. */
    private static String idOf(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(MDC_KEY) instanceof String given) {
            return given;
        }
        String id = request.getHeader(HEADER);
        if (id == null || !SANE.matcher(id).matches()) {
            id = newId();
        }
        request.setAttribute(MDC_KEY, id);
        response.setHeader(HEADER, id);
        return id;
    }

    private static void restore(Object outer) {
        if (outer == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, outer);
        }
    }

    static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The part of Helpline a request is for, from a short fixed list so that the metric's series stay few
     * whatever addresses clients try: {@code calls}, {@code cases}, {@code api}... or {@code other}.
     */
    static String area(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String first = path.replaceFirst("^/", "").replaceFirst("/.*$", "");
        return switch (first) {
            case "api", "calls", "cases", "followups", "referrals", "reports", "supervision", "admin", "directory",
                    "reviews", "account" -> first;
            case "jakarta.faces.resource", "webjars" -> "static";
            case "", "index.xhtml", "home.xhtml", "search.xhtml", "notices.xhtml" -> "pages";
            case "login.xhtml", "setup.xhtml", "logout.xhtml" -> "sign-in";
            default -> "other";
        };
    }

    static String outcome(int status) {
        return (status / 100) + "xx";
    }
}
