package org.helpline.safeguarding;

/** How serious the adviser judges a risk to be. */
public enum RiskLevel {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
