package org.helpline.view.admin;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.view.PagedTable;
import org.helpline.audit.AccessEntry;
import org.helpline.audit.AccessLog;
import org.helpline.shared.HelplineException;
import org.helpline.view.Messages;

/** {@code admin/access-log.xhtml?caller=}: who opened a caller's records, and the latest refusals. */
@Named
@ViewScoped
public class AccessLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessLog log;

    private Long caller;
    private PagedTable<AccessEntry> entries;
    private PagedTable<AccessEntry> refusals;

    @PostConstruct
    void refusalsNow() {
        refusals = PagedTable.of(log::countRefusals, log::refusals, AccessEntry::getId);
    }

    public void load() {
        if (caller != null && entries == null) {
            show();
        }
    }

    public void show() {
        entries = null;
        try {
            Long shown = caller;
            long count = log.countForCaller(shown);
            entries = PagedTable.of(() -> count, rows -> log.forCaller(shown, rows), AccessEntry::getId);
        } catch (HelplineException refusal) {
            Messages.show(faces(), "accessLog", refusal);
        }
    }

    public Long getCaller() {
        return caller;
    }

    public void setCaller(Long caller) {
        this.caller = caller;
    }

    public PagedTable<AccessEntry> getEntries() {
        return entries;
    }

    public PagedTable<AccessEntry> getRefusals() {
        return refusals;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
