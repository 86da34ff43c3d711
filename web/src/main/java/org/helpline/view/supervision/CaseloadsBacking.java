package org.helpline.view.supervision;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.calls.ContactOptions;
import org.helpline.calls.HelplineLine;
import org.helpline.cases.CaseStatus;
import org.helpline.supervision.CaseloadRow;
import org.helpline.supervision.Caseloads;
import org.helpline.topics.TopicCatalogue;

/** {@code supervision/caseloads.xhtml}: each adviser's caseload and the team queue's, filtered. */
@Named
@ViewScoped
public class CaseloadsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caseloads caseloads;

    @Inject
    ContactOptions options;

    @Inject
    TopicCatalogue topics;

    private final CaseloadFilterFields fields = new CaseloadFilterFields();
    private List<CaseloadRow> rows;
    private List<HelplineLine> lines;
    private List<CaseloadFilterFields.TopicOption> topicOptions;

    /** Prepares the form; the page's view action counts, once the link's filters are in. */
    @PostConstruct
    void load() {
        lines = options.lines();
        topicOptions = CaseloadFilterFields.topicOptions(topics.taxonomy());
        fields.setSince(fields.filter().contactsSince());
    }

    public void apply() {
        rows = caseloads.table(fields.filter(), Instant.now());
    }

    public CaseloadFilterFields getFields() {
        return fields;
    }

    public List<CaseloadRow> getRows() {
        return rows;
    }

    public List<HelplineLine> getLines() {
        return lines;
    }

    public List<CaseloadFilterFields.TopicOption> getTopicOptions() {
        return topicOptions;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }
}
