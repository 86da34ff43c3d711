package org.helpline.information;

/** An article advisers use on calls, or a warning about a scam doing the rounds. */
public enum ArticleKind {
    ARTICLE("Article"),
    SCAM_ALERT("Scam alert");

    private final String label;

    ArticleKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
