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

import org.helpline.telephony.CallFeed;
import org.helpline.telephony.CallNews;

/**
 * {@code /calls/push}: every page an adviser has open listens here, and is told the moment a call they
 * answered is answered or ends, so that the contact form opens for it. Only signed-in advisers and
 * supervisors reach it (web.xml, {@code /calls/*}); each is told of their own calls only, and nothing but
 * the call's id and what happened travels over the socket: the form asks the server for the rest.
 */
@ServerEndpoint("/calls/push")
public class CallsEndpoint {

    @Inject
    Phones phones;

    @OnOpen
    public void open(Session session) {
        phones.admit(session);
    }

    @OnClose
    public void closed(Session session) {
        phones.remove(session);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        phones.remove(session);
    }

    /** The advisers' open sockets, fed by the application's {@link CallFeed}. */
    @ApplicationScoped
    public static class Phones extends Sockets {

        private final Consumer<CallNews> push = news -> send("{\"what\":\"" + news.what() + "\",\"call\":"
                + news.callId() + "}", session -> session.getUserPrincipal() != null
                        && news.username().equals(session.getUserPrincipal().getName()));

        @Inject
        CallFeed feed;

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
