package org.helpline.view.push;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Who is signed in now, for the wallboard: a session is added at sign-in and forgotten when it ends
 * (sign-out or the idle timeout). Held in memory, per server.
 */
@WebListener
public class SignedInStaff implements HttpSessionListener, HttpSessionIdListener {

    private static final Map<String, String> USERNAMES_BY_SESSION = new ConcurrentHashMap<>();

    public static void signedIn(String sessionId, String username) {
        USERNAMES_BY_SESSION.put(sessionId, username);
    }

    /** The usernames of everyone with a live session, once each. */
    public static Set<String> now() {
        return new TreeSet<>(USERNAMES_BY_SESSION.values());
    }

    /** A new session id at sign-in (session fixation protection) keeps the same person. */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        String username = USERNAMES_BY_SESSION.remove(oldSessionId);
        if (username != null) {
            USERNAMES_BY_SESSION.put(event.getSession().getId(), username);
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        USERNAMES_BY_SESSION.remove(event.getSession().getId());
    }
}
