package org.helpline.information;

/** Only published articles reach advisers; withdrawn ones stay linked to the contacts they were given on. */
public enum ArticleStatus {
    DRAFT("Draft"),
    PUBLISHED("Published"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
