package org.helpline.safeguarding;

/**
 * The kinds of risk an adviser can flag. Risk to life, self-harm, safeguarding concerns and domestic
 * abuse put the contact in the supervisors' safeguarding queue.
 */
public enum RiskKind {
    RISK_TO_LIFE("Risk to life (suicidal thoughts or intent)"),
    SELF_HARM("Self-harm"),
    SAFEGUARDING_ADULT("Safeguarding concern: adult"),
    SAFEGUARDING_CHILD("Safeguarding concern: child"),
    DOMESTIC_ABUSE("Domestic abuse"),
    SCAM_VICTIM("Scam or fraud victim");

    private final String label;

    RiskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean alertsSupervisor() {
        return this != SCAM_VICTIM;
    }
}
