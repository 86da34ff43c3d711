package org.helpline.view.supervision;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.view.PagedTable;
import org.helpline.supervision.CaseloadFilter;
import org.helpline.supervision.CaseloadItem;
import org.helpline.supervision.CaseloadList;
import org.helpline.supervision.Caseloads;

/** {@code supervision/caseload.xhtml?list=&adviser=&line=&status=&topic=&since=}: what one caseload number counts. */
@Named
@RequestScoped
public class CaseloadBacking {

    @Inject
    org.helpline.view.callers.RiskMarks riskMarks;

    @Inject
    Caseloads caseloads;

    private final CaseloadFilterFields fields = new CaseloadFilterFields();
    private String list;
    private String adviser;
    private PagedTable<CaseloadItem> items;
    private long count;

    public void load() {
        CaseloadList kind = getKind();
        String owner = adviser == null || adviser.isBlank() ? null : adviser;
        CaseloadFilter filter = fields.filter();
        Instant now = Instant.now();
        count = caseloads.count(kind, owner, filter, now);
        long total = count;
        items = PagedTable.of(() -> total,
                rows -> {
                    List<CaseloadItem> page = caseloads.list(kind, owner, filter, now, rows);
                    riskMarks.primeIds(page.stream().map(CaseloadItem::callerId).filter(java.util.Objects::nonNull).toList());
                    return page;
                }, CaseloadItem::link);
    }

    public CaseloadList getKind() {
        try {
            return CaseloadList.valueOf(list);
        } catch (RuntimeException e) {
            return CaseloadList.OPEN_CASES;
        }
    }

    public CaseloadFilterFields getFields() {
        return fields;
    }

    public long getCount() {
        return count;
    }

    public PagedTable<CaseloadItem> getItems() {
        return items;
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public String getAdviser() {
        return adviser;
    }

    public void setAdviser(String adviser) {
        this.adviser = adviser;
    }
}
