package org.helpline.view.push;

import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import org.helpline.shared.LiveChange;
import org.helpline.supervision.LiveFeed;

/**
 * {@code /push/wallboard}: the supervisors' wallboards listen here, and are told the moment a change is
 * committed ("contact", "safeguarding") so that they fetch fresh figures. Only signed-in supervisors and
 * admins reach it (web.xml); no figures travel over the socket, only the word that something changed.
 */
@ServerEndpoint("/push/wallboard")
public class WallboardEndpoint {

    @Inject
    Screens screens;

    @OnOpen
    public void open(Session session) {
        screens.admit(session);
    }

    @OnClose
    public void closed(Session session) {
        screens.remove(session);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        screens.remove(session);
    }

    /** The open wallboard sockets, fed by the application's {@link LiveFeed}. */
    @ApplicationScoped
    public static class Screens extends Sockets {

        private final Consumer<LiveChange> push = change -> send(change.what(), session -> true);

        @Inject
        LiveFeed feed;

        @PostConstruct
        void listen() {
            feed.subscribe(push);
        }

        @PreDestroy
        void stop() {
            feed.unsubscribe(push);
        }
    }
}
