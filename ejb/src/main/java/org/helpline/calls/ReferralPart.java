package org.helpline.calls;

import java.io.Serializable;

/** The service to refer the caller to, when the contact says a referral is needed, and their consent. */
public class ReferralPart implements Serializable {

    private static final long serialVersionUID = 1L;

    private String referTo;
    private boolean referralConsent;

    /** Whether a service was chosen. */
    public boolean chosen() {
        return referTo != null && !referTo.isBlank();
    }

    public String getReferTo() {
        return referTo;
    }

    public void setReferTo(String referTo) {
        this.referTo = referTo;
    }

    public boolean isReferralConsent() {
        return referralConsent;
    }

    public void setReferralConsent(boolean referralConsent) {
        this.referralConsent = referralConsent;
    }
}
