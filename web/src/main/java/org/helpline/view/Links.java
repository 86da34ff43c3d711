package org.helpline.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.helpline.shared.RecordLink;

/**
 * The one place that knows which page opens a {@link RecordLink}: the domain names a record by its kind and
 * id, and every page that shows such a link (notices, caseload lists) asks here for its address. Pages write
 * {@code #{request.contextPath}#{links.path(link)}}; Java code calls {@link #pathOf}.
 */
@Named
@ApplicationScoped
public class Links {

    /** The page that opens {@code link}, from the application's root, e.g. {@code /cases/view.xhtml?id=12}. */
    public static String pathOf(RecordLink link) {
        return switch (link.kind()) {
            case CASE -> "/cases/view.xhtml?id=" + link.id();
            case FOLLOW_UP -> "/followups/work.xhtml?id=" + link.id();
            case MY_REVIEWS -> "/reviews/mine.xhtml";
            case MY_WORK -> "/index.xhtml";
        };
    }

    /** {@link #pathOf}, for pages. */
    public String path(RecordLink link) {
        return pathOf(link);
    }
}
