package org.helpline.referrals;

/** How a completed referral went for the caller, as they tell it. */
public enum ReferralOutcome {
    HELPED("Helped"),
    PARTLY_HELPED("Partly helped"),
    NOT_HELPED("Did not help");

    private final String label;

    ReferralOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
