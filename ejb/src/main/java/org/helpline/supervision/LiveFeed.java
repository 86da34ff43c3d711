package org.helpline.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.helpline.shared.LiveChange;
import org.helpline.shared.cluster.CommittedFeed;

/**
 * Passes committed changes on to whoever listens: the wallboard's WebSocket endpoint subscribes here and
 * pushes each change to the supervisors' screens, on every server of a cluster. Rolled-back changes are
 * never passed on.
 */
@ApplicationScoped
public class LiveFeed extends CommittedFeed<LiveChange> {

    public LiveFeed() {
        super("helpline.LiveFeed");
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChange change) {
        tell(change);
    }
}
