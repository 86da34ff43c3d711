package org.helpline.followups;

/** What was promised. */
public enum FollowUpKind {
    CALLBACK("Callback"),
    SEND_INFORMATION("Send information"),
    CHECK_REFERRAL("Check on a referral"),
    OTHER("Other");

    private final String label;

    FollowUpKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
