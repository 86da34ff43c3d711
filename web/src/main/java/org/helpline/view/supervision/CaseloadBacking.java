package org.helpline.view.supervision;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.supervision.CaseloadItem;
import org.helpline.supervision.CaseloadList;
import org.helpline.supervision.Caseloads;

/** {@code supervision/caseload.xhtml?list=&adviser=&line=&status=&topic=&since=}: what one caseload number counts. */
@Named
@RequestScoped
public class CaseloadBacking {

    @Inject
    Caseloads caseloads;

    private final CaseloadFilterFields fields = new CaseloadFilterFields();
    private String list;
    private String adviser;
    private List<CaseloadItem> items = List.of();

    public void load() {
        items = caseloads.list(getKind(), adviser == null || adviser.isBlank() ? null : adviser, fields.filter(),
                Instant.now());
    }

    public CaseloadList getKind() {
        try {
            return CaseloadList.valueOf(list);
        } catch (RuntimeException e) {
            return CaseloadList.OPEN_CASES;
        }
    }

    public boolean isCapped() {
        return items.size() >= Caseloads.LIST_MAX;
    }

    public CaseloadFilterFields getFields() {
        return fields;
    }

    public List<CaseloadItem> getItems() {
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
