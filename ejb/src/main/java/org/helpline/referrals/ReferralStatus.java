package org.helpline.referrals;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands: proposed → sent → accepted → enrolled → completed, or it ends declined,
 * without a response, or withdrawn.
 */
public enum ReferralStatus {
    PROPOSED("Proposed"),
    SENT("Sent"),
    ACCEPTED("Accepted"),
    ENROLLED("Enrolled"),
    COMPLETED("Completed"),
    DECLINED("Declined"),
    NO_RESPONSE("No response"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<ReferralStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(SENT, WITHDRAWN);
            case SENT -> EnumSet.of(ACCEPTED, DECLINED, NO_RESPONSE, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(ENROLLED, DECLINED, WITHDRAWN);
            case ENROLLED -> EnumSet.of(COMPLETED, WITHDRAWN);
            case COMPLETED, DECLINED, NO_RESPONSE, WITHDRAWN -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    /** The statuses of a referral still under way, that someone may need to chase. */
    public static Set<ReferralStatus> underWay() {
        return EnumSet.of(PROPOSED, SENT, ACCEPTED, ENROLLED);
    }

    public boolean isFinished() {
        return next().isEmpty();
    }
}
