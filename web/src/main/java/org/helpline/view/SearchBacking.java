package org.helpline.view;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.calls.ContactLine;
import org.helpline.calls.ContactOptions;
import org.helpline.calls.ContactSearch;
import org.helpline.calls.HelplineLine;
import org.helpline.calls.SearchCriteria;
import org.helpline.cases.CaseStatus;
import org.helpline.shared.HelplineException;
import org.helpline.topics.Topic;
import org.helpline.topics.TopicCatalogue;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** {@code search.xhtml}: contacts and cases by words, phone, case number and filters, a page at a time. */
@Named
@ViewScoped
public class SearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactSearch search;

    @Inject
    org.helpline.view.callers.RiskMarks riskMarks;

    @Inject
    ContactOptions options;

    @Inject
    TopicCatalogue topics;

    private final SearchCriteria criteria = new SearchCriteria();
    private boolean searched;
    /** How many the last search found, counted once when Search was pressed (paging does not change it). */
    private long found;
    private LazyDataModel<ContactLine> results;

    @PostConstruct
    void init() {
        results = new Results();
    }

    /**
     * Shows the results, once the search has accepted the criteria: what it refuses (an end date before
     * the start) is told at its field now, while the form is still to be drawn, not while the results are.
     */
    public void run() {
        try {
            found = search.count(criteria);
            searched = true;
        } catch (HelplineException refusal) {
            searched = false;
            Messages.show(faces(), "search", refusal);
        }
    }

    public SearchCriteria getCriteria() {
        return criteria;
    }

    public boolean isSearched() {
        return searched;
    }

    public LazyDataModel<ContactLine> getResults() {
        return results;
    }

    /** The paginator's count: exact up to a thousand, then "more than" (the search stops counting there). */
    public String getFoundReport() {
        return results.getRowCount() > ContactSearch.COUNT_LIMIT
                ? String.format("More than %,d found: add a word, dates or a topic to narrow it", ContactSearch.COUNT_LIMIT)
                : "{totalRecords} found";
    }

    public List<HelplineLine> getLines() {
        return options.lines();
    }

    public List<Topic> getTaxonomy() {
        return topics.taxonomy();
    }

    public CaseStatus[] getCaseStatuses() {
        return CaseStatus.values();
    }

    /** Pages and sorts in the database through {@link ContactSearch}. */
    private final class Results extends LazyDataModel<ContactLine> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return searched ? (int) Math.min(Integer.MAX_VALUE, found) : 0;
        }

        @Override
        public List<ContactLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (!searched) {
                return List.of();
            }
            ContactSearch.Sort sort = sortBy.values().stream().findFirst()
                    .map(s -> s.getOrder() == SortOrder.ASCENDING ? ContactSearch.Sort.OLDEST : ContactSearch.Sort.NEWEST)
                    .orElse(ContactSearch.Sort.NEWEST);
            try {
                List<ContactLine> page = search.search(criteria, first, pageSize, sort);
                riskMarks.primeIds(page.stream().map(ContactLine::callerId).filter(java.util.Objects::nonNull).toList());
                return page;
            } catch (HelplineException refusal) {
                Messages.show(faces(), "search", refusal);
                return List.of();
            }
        }

        @Override
        public String getRowKey(ContactLine line) {
            return Long.toString(line.id());
        }

        @Override
        public ContactLine getRowData(String rowKey) {
            return null;
        }
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
