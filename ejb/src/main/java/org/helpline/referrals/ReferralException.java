package org.helpline.referrals;

import org.helpline.shared.InvalidInputException;

/** A referral rule refused the change. */
public class ReferralException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public ReferralException(String field, String message) {
        super(field, message);
    }
}
