package org.helpline.supervision;

import java.io.Serializable;

/**
 * One adviser's reviews in a month: how many contacts were picked, how many reviewed, and the average
 * share of checklist points met (0 to 1; NaN when none reviewed).
 */
public record ReviewFigures(String username, String name, long toReview, long reviewed, double averageScore)
        implements Serializable {

    /** "85%", or "–" with nothing reviewed. */
    public String averagePercent() {
        return Double.isNaN(averageScore) ? "–" : Math.round(averageScore * 100) + "%";
    }
}
