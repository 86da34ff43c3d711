package org.helpline.shared.cluster;

import java.io.Serializable;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.helpline.shared.Subscribers;

/**
 * A feed of committed changes for screens that stay open (the wallboard, the advisers' screen pops): a
 * subclass observes its CDI event after the transaction succeeds and calls {@link #tell}; whoever
 * subscribed, on this server or on any other server of the cluster, is told.
 */
public abstract class CommittedFeed<T extends Serializable> {

    private final String name;

    private final Subscribers<T> listeners = new Subscribers<>();

    @Inject
    ClusterRelay relay;

    private ClusterRelay.Channel<T> channel;

    protected CommittedFeed(String name) {
        this.name = name;
    }

    @PostConstruct
    void open() {
        channel = relay.open(name, listeners::tell);
    }

    @PreDestroy
    void close() {
        channel.close();
    }

    public void subscribe(Consumer<T> listener) {
        listeners.subscribe(listener);
    }

    public void unsubscribe(Consumer<T> listener) {
        listeners.unsubscribe(listener);
    }

    /** Passes a committed change to the listeners on every server. */
    protected void tell(T change) {
        channel.send(change);
    }
}
