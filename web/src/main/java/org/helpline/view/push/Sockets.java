package org.helpline.view.push;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Predicate;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

/**
 * The open WebSocket sessions of one endpoint, each a signed-in member of staff's page, and sending a
 * message to those it is for. A session without a signed-in user is closed, not kept.
 */
abstract class Sockets {

    private final Set<Session> sessions = new CopyOnWriteArraySet<>();

    void admit(Session session) {
        if (session.getUserPrincipal() == null) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Sign in first"));
            } catch (IOException ignored) {
                // already gone
            }
            return;
        }
        sessions.add(session);
    }

    void remove(Session session) {
        sessions.remove(session);
    }

    /** Sends {@code text} to every open session {@code to} accepts, forgetting those that have closed. */
    void send(String text, Predicate<Session> to) {
        for (Session session : sessions) {
            if (!session.isOpen()) {
                sessions.remove(session);
            } else if (to.test(session)) {
                session.getAsyncRemote().sendText(text);
            }
        }
    }
}
