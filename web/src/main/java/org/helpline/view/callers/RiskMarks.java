package org.helpline.view.callers;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.callers.Caller;
import org.helpline.callers.Callers;
import org.helpline.callers.RiskMark;
import org.helpline.security.NotPermittedException;

/**
 * The risk marker on a list's rows (follow-ups, caseloads, search results, the cracks list, the team
 * queues): a list's backing bean hands each page of rows through {@link #prime} as it reads them, so the
 * markers for the whole page come from one query, and the page asks {@link #of} per row.
 */
@Named
@RequestScoped
public class RiskMarks {

    @Inject
    Callers callers;

    private final Map<Long, RiskMark> marks = new HashMap<>();

    /** Reads the markers of the callers of {@code rows} (found by {@code callerOf}, which may answer null); answers the rows. */
    public <T> List<T> prime(List<T> rows, Function<T, Caller> callerOf) {
        primeIds(rows.stream().map(callerOf).filter(Objects::nonNull).map(Caller::getId).toList());
        return rows;
    }

    /** Reads the markers of {@code callerIds}. */
    public void primeIds(Collection<Long> callerIds) {
        List<Long> unread = callerIds.stream().filter(id -> !marks.containsKey(id)).distinct().toList();
        if (!unread.isEmpty()) {
            unread.forEach(id -> marks.put(id, null));
            try {
                marks.putAll(callers.riskMarkers(unread));
            } catch (NotPermittedException | EJBAccessException mayNotSeeCallers) {
                // Staff who may not see callers (an admin reading the cracks list, say) see no markers.
            }
        }
    }

    /** The marker of {@code caller}'s row: their most pressing flag, or null. */
    public RiskMark of(Caller caller) {
        return caller == null ? null : marks.get(caller.getId());
    }

    /** The marker for a caller by id. */
    public RiskMark ofId(Long callerId) {
        return callerId == null ? null : marks.get(callerId);
    }
}
