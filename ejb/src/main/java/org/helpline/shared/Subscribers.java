package org.helpline.shared;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Who listens to an in-memory feed of committed changes (the wallboard's, the advisers' screen pops), and
 * passing each change to them all: one listener gone away does not keep it from the rest.
 */
public final class Subscribers<T> {

    private final Set<Consumer<T>> listeners = new CopyOnWriteArraySet<>();

    public void subscribe(Consumer<T> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<T> listener) {
        listeners.remove(listener);
    }

    public void tell(T change) {
        for (Consumer<T> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException ignored) {
                // a screen closed mid-push
            }
        }
    }
}
