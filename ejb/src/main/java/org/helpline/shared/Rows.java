package org.helpline.shared;

import java.io.Serializable;
import java.util.List;

import jakarta.persistence.TypedQuery;

/**
 * Which rows of a list to show: from {@code first} (counting from 0), at most {@code max} of them. Every
 * list a page or the API shows is cut this way in the database, so no list grows with the years of calls.
 */
public record Rows(int first, int max) implements Serializable {

    /** The most rows one page may ask for. */
    public static final int MOST = 100;

    public Rows {
        if (first < 0) {
            throw new InvalidInputException("page", UserText.of("rows.page.negative"));
        }
        if (max < 1 || max > MOST) {
            throw new InvalidInputException("size", UserText.of("rows.size.range", MOST));
        }
    }

    /** The first {@code max} rows. */
    public static Rows firstOf(int max) {
        return new Rows(0, max);
    }

    /** The rows {@code query} finds in this window. */
    public <T> List<T> of(TypedQuery<T> query) {
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }
}
