package org.helpline.api.emails;

import java.time.Instant;

import org.helpline.email.EmailQueue.QueueItem;

/** An enquiry in the queue, as the API shows it; {@code callerId} only for a caller the token's user may see. */
public record QueueItemView(long id, String subject, String from, String fromName, Instant waitingSince,
        long waitedMinutes, String status, String takenBy, boolean takenByMe, int emails, boolean unreadablePart,
        boolean mayBeForged, Long callerId, String knownAs, boolean callerIdentified, boolean callerAtRisk, String risk,
        String riskWords) {

    static QueueItemView of(QueueItem item) {
        return new QueueItemView(item.id(), item.subject(), item.from(), item.fromName(), item.waitingSince(),
                item.waited().toMinutes(), item.status().name(), item.takenBy(), item.takenByMe(), item.emails(),
                item.problem(), item.verdict() != null, item.callerId(), item.knownAs(), item.identified(), item.atRisk(),
                item.riskState().name(), item.riskWords());
    }
}
