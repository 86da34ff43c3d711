package org.helpline.safeguarding;

/** How serious the adviser judges a risk to be. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
