package org.helpline.shared.cluster;

import java.io.IOException;
import java.io.Serializable;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.wildfly.clustering.server.GroupMember;
import org.wildfly.clustering.server.dispatcher.Command;
import org.wildfly.clustering.server.dispatcher.CommandDispatcher;
import org.wildfly.clustering.server.dispatcher.CommandDispatcherFactory;

/**
 * Passes a message to the same-named channel on every server of the cluster, this one included, through
 * WildFly's command dispatcher on the cluster's default channel. On a server that is not clustered the
 * dispatcher is WildFly's local one, and the message is simply delivered here. Messages carry only ids and words, never caller details.
 */
@ApplicationScoped
public class ClusterRelay {

    private static final Logger LOG = Logger.getLogger(ClusterRelay.class.getName());

    /** The default channel's: on a single server WildFly binds a local one here, on a cluster node the cluster's. */
    @Resource(lookup = "java:jboss/clustering/server/command-dispatcher-factory/default")
    CommandDispatcherFactory<GroupMember> factory;

    @PostConstruct
    void connect() {
        LOG.info(() -> factory.getGroup().isSingleton() ? "Not clustered: changes reach the screens on this server only"
                : "Clustered as " + factory.getGroup().getLocalMember().getName()
                        + ": changes reach the screens on every server");
    }

    /** A channel called {@code name}: what is sent on it, here or on another server, is given to {@code here}. */
    public <T extends Serializable> Channel<T> open(String name, Consumer<T> here) {
        CommandDispatcher<GroupMember, Consumer<T>> dispatcher =
                factory.createCommandDispatcher(name, here, ClusterRelay.class.getClassLoader());
        return new Channel<>(here, dispatcher, factory.getGroup().getLocalMember());
    }

    /** One named channel on this server. */
    public static final class Channel<T extends Serializable> implements AutoCloseable {

        private final Consumer<T> here;
        private final CommandDispatcher<GroupMember, Consumer<T>> dispatcher;
        private final GroupMember self;

        Channel(Consumer<T> here, CommandDispatcher<GroupMember, Consumer<T>> dispatcher, GroupMember self) {
            this.here = here;
            this.dispatcher = dispatcher;
            this.self = self;
        }

        /** Delivers {@code message} here at once, and to the other servers without waiting for them. */
        public void send(T message) {
            here.accept(message);
            try {
                dispatcher.dispatchToGroup(new Deliver<>(message), Set.of(self)).values()
                        .forEach(reply -> reply.exceptionally(failure -> {
                            LOG.log(Level.FINE, "A server did not take a message", failure);
                            return null;
                        }));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not pass a change on to the other servers", e);
            }
        }

        @Override
        public void close() {
            dispatcher.close();
        }
    }

    /** What travels: the message, given on arrival to the receiving server's channel. */
    static final class Deliver<T extends Serializable> implements Command<Void, Consumer<T>, RuntimeException>, Serializable {

        private static final long serialVersionUID = 1L;

        private final T message;

        Deliver(T message) {
            this.message = message;
        }

        @Override
        public Void execute(Consumer<T> channel) {
            channel.accept(message);
            return null;
        }
    }
}
