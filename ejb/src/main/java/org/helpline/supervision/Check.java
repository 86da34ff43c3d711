package org.helpline.supervision;

/** How a reviewed contact did on one point of the checklist. */
public enum Check {
    MET("Yes", 1.0),
    PARTLY("Partly", 0.5),
    NOT_MET("No", 0.0),
    NOT_APPLICABLE("Does not apply", Double.NaN);

    private final String label;
    private final double score;

    Check(String label, double score) {
        this.label = label;
        this.score = score;
    }

    public String label() {
        return label;
    }

    /** 1 for met, ½ for partly, 0 for not met; NaN when the point does not apply (left out of the score). */
    public double score() {
        return score;
    }
}
