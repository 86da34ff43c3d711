package org.helpline.safeguarding;

/** What a supervisor did about a flagged contact before signing it off. */
public enum SafeguardingAction {
    EMERGENCY_SERVICES_CALLED("Emergency services called"),
    CRISIS_LINE_SIGNPOSTED("Crisis line signposted"),
    GP_OR_CARE_TEAM_CONTACTED("GP or care team contacted"),
    SAFEGUARDING_REFERRAL_MADE("Safeguarding referral made to the local authority"),
    CALLBACK_ARRANGED("Follow-up call arranged"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    SafeguardingAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** As offered in the sign-off form, with what it asks for. */
    public String choice() {
        return needsReason() ? label + " (say why in the note)" : label;
    }

    /** Doing nothing needs a reason written down. */
    public boolean needsReason() {
        return this == NO_FURTHER_ACTION;
    }
}
