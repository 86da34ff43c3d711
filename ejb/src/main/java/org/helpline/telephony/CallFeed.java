package org.helpline.telephony;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.helpline.shared.Subscribers;

/**
 * Passes each committed {@link CallNews} to whoever listens: the advisers' screen-pop WebSocket endpoint
 * subscribes here. News from an event that was rolled back is never passed on.
 */
@ApplicationScoped
public class CallFeed {

    private final Subscribers<CallNews> listeners = new Subscribers<>();

    public void subscribe(Consumer<CallNews> listener) {
        listeners.subscribe(listener);
    }

    public void unsubscribe(Consumer<CallNews> listener) {
        listeners.unsubscribe(listener);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallNews news) {
        listeners.tell(news);
    }
}
