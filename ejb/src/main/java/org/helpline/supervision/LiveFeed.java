package org.helpline.supervision;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.helpline.shared.LiveChange;

/**
 * Passes committed changes on to whoever listens: the wallboard's WebSocket endpoint subscribes here and
 * pushes each change to the supervisors' screens. Rolled-back changes are never passed on.
 */
@ApplicationScoped
public class LiveFeed {

    private final Set<Consumer<LiveChange>> listeners = new CopyOnWriteArraySet<>();

    public void subscribe(Consumer<LiveChange> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<LiveChange> listener) {
        listeners.remove(listener);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChange change) {
        for (Consumer<LiveChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException ignored) {
                // one screen gone away must not stop the others
            }
        }
    }
}
