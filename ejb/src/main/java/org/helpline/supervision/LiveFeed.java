package org.helpline.supervision;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.helpline.shared.LiveChange;
import org.helpline.shared.Subscribers;

/**
 * Passes committed changes on to whoever listens: the wallboard's WebSocket endpoint subscribes here and
 * pushes each change to the supervisors' screens. Rolled-back changes are never passed on.
 */
@ApplicationScoped
public class LiveFeed {

    private final Subscribers<LiveChange> listeners = new Subscribers<>();

    public void subscribe(Consumer<LiveChange> listener) {
        listeners.subscribe(listener);
    }

    public void unsubscribe(Consumer<LiveChange> listener) {
        listeners.unsubscribe(listener);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChange change) {
        listeners.tell(change);
    }
}
