package org.helpline.referrals;

import org.helpline.shared.InvalidInputException;

/** A referral rule refused the change. */
public class ReferralException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public ReferralException(String field, String message) {
        super(field, message);
    }

    private ReferralException(String field, String message, boolean conflict) {
        super(field, message, conflict);
    }

    /** The record's state refuses the change (see {@link InvalidInputException#isConflict}). */
    static ReferralException conflict(String field, String message) {
        return new ReferralException(field, message, true);
    }
}
