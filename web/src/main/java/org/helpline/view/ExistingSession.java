package org.helpline.view;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The session a request already has, for filters that look before and after the page or API does its work.
 * A server being stopped (SIGTERM) suspends: it turns new requests away with 503 and lets those under way
 * finish, but WildFly stops the session manager as the suspension starts, and asking it for a session then
 * throws. A request that held a session keeps the manager open until it ends, so a request that finds the
 * manager stopped has none, and goes on without one rather than failing with a 500.
 */
public final class ExistingSession {

    private ExistingSession() {
    }

    public static Optional<HttpSession> of(HttpServletRequest request) {
        try {
            return Optional.ofNullable(request.getSession(false));
        } catch (IllegalStateException stopped) {
            return Optional.empty();
        }
    }

    /**
     * Gives the request's session, if it has one, a new id, keeping what it holds: at each step of signing
     * in, so that an id someone obtained before (or planted in the browser) never becomes a signed-in one
     * (session fixation, OWASP ASVS 3.2.1). The old id is then unknown to the server. WildFly's distributed
     * sessions support this too, and {@link org.helpline.view.push.SignedInStaff} follows the change.
     */
    public static void renewId(HttpServletRequest request) {
        if (of(request).isPresent()) {
            request.changeSessionId();
        }
    }
}
