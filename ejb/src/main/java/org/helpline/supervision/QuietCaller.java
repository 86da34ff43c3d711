package org.helpline.supervision;

import java.io.Serializable;
import java.time.Instant;

/**
 * A caller with an open case or a referral under way whom nobody has contacted or tried to ring for
 * too long: their open case (if any), how many referrals are under way, and when we last spoke.
 */
public record QuietCaller(long callerId, String name, Long caseId, String caseNumber, String caseOwner,
        long referralsUnderWay, Instant lastContact) implements Serializable {
}
