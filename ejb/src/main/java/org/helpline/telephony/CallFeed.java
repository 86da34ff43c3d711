package org.helpline.telephony;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.helpline.shared.cluster.CommittedFeed;

/**
 * Passes each committed {@link CallNews} to whoever listens: the advisers' screen-pop WebSocket endpoint
 * subscribes here, on whichever server of a cluster the adviser's screen is connected to. News from an
 * event that was rolled back is never passed on.
 */
@ApplicationScoped
public class CallFeed extends CommittedFeed<CallNews> {

    public CallFeed() {
        super("helpline.CallFeed");
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallNews news) {
        tell(news);
    }
}
