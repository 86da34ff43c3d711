package org.helpline.view;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import org.helpline.shared.Rows;

/**
 * A table's rows read one page at a time from a service: the count and the page are two queries in the
 * database, so a list never loads whole however long it grows. Use with {@code lazy="true"} and a
 * paginator on the {@code p:dataTable}.
 */
public final class PagedTable<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the whole list has. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** The rows of one page. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> rows(Rows rows);
    }

    /** What tells one row from another (its id). */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    private PagedTable(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    public static <T> PagedTable<T> of(Count count, Page<T> page, Key<T> key) {
        return new PagedTable<>(count, page, key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.rows(new Rows(Math.max(first, 0), Math.max(1, Math.min(pageSize, Rows.MOST))));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(row -> Objects.equals(getRowKey(row), rowKey))
                .findFirst().orElse(null);
    }
}
