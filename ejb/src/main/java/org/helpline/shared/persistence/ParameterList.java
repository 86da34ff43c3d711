package org.helpline.shared.persistence;

import java.util.List;

import jakarta.persistence.Query;

/**
 * A list of values bound as a fixed number of single query parameters, {@code (:ids0, :ids1, … :ids7)}, the
 * last value repeated to fill them, instead of one parameter bound to the whole list ({@code in :ids}).
 *
 * <p>Hibernate translates a query to SQL once and keeps the translation, except when a parameter is bound to
 * a collection: then it translates the query again on every run. In the repeat-caller look-up, which asks
 * five such queries about the callers it found, that was over a quarter of the server's CPU in the throughput
 * benchmark's profile (BENCHMARKS.md). With single parameters the SQL is the same every time, and so is the
 * statement PostgreSQL keeps prepared. Lists are padded to 8, 32, 128… values, so a few statements serve
 * every length. For this a page's worth of ids; a list that may run to thousands (the search's matching
 * callers) takes one string parameter instead, {@code helpline_id_in} in {@link TextSearchFunctions}.
 */
public final class ParameterList {

    private ParameterList() {
    }

    /** {@code (:name0, :name1, …)}: as many parameters as {@link #bind} fills for {@code size} values. */
    public static String in(String name, int size) {
        int padded = padded(size);
        StringBuilder list = new StringBuilder("(");
        for (int i = 0; i < padded; i++) {
            list.append(i == 0 ? ":" : ", :").append(name).append(i);
        }
        return list.append(')').toString();
    }

    /** Binds {@code values} (at least one) to the parameters {@link #in} wrote, repeating the last to fill them. */
    public static <Q extends Query> Q bind(Q query, String name, List<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values for " + name + ": ask nothing instead");
        }
        int padded = padded(values.size());
        for (int i = 0; i < padded; i++) {
            query.setParameter(name + i, values.get(Math.min(i, values.size() - 1)));
        }
        return query;
    }

    /** 8, 32, 128… : the least of them that holds {@code size} values. */
    static int padded(int size) {
        int padded = 8;
        while (padded < size) {
            padded *= 4;
        }
        return padded;
    }
}
