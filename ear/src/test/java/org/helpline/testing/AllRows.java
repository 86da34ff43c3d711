package org.helpline.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.helpline.shared.Rows;

/** Every row of a paged list, read page by page as a table would, for tests that look for one row. */
public final class AllRows {

    private AllRows() {
    }

    public static <T> List<T> of(Function<Rows, List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int first = 0; ; first += Rows.MOST) {
            List<T> rows = page.apply(new Rows(first, Rows.MOST));
            all.addAll(rows);
            if (rows.size() < Rows.MOST) {
                return all;
            }
        }
    }
}
