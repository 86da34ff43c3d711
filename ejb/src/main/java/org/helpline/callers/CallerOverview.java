package org.helpline.callers;

import java.io.Serializable;
import java.util.List;

import org.helpline.cases.Case;
import org.helpline.followups.FollowUp;
import org.helpline.referrals.Referral;

/**
 * Everything the caller page shows above the timeline: the caller's details and consent, the header (name,
 * numbers, risk flags), the follow-ups and referrals still open with their due dates and state, and every case.
 */
public record CallerOverview(
        Caller caller,
        CallerHeader header,
        List<FollowUp> openFollowUps,
        List<Referral> openReferrals,
        List<Case> cases) implements Serializable {

    private static final long serialVersionUID = 1L;
}
