package org.helpline.view.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    @Inject
    FacesContext faces;

    private Long caller;
    private List<AccessEntry> entries;
    private List<AccessEntry> refusals;

    @PostConstruct
    void refusalsNow() {
        refusals = log.refusals();
    }

    public void load() {
        if (caller != null && entries == null) {
            show();
        }
    }

    public void show() {
        entries = null;
        try {
            entries = log.forCaller(caller);
        } catch (HelplineException refusal) {
            Messages.show(faces, "accessLog", refusal);
        }
    }

    public Long getCaller() {
        return caller;
    }

    public void setCaller(Long caller) {
        this.caller = caller;
    }

    public List<AccessEntry> getEntries() {
        return entries;
    }

    public List<AccessEntry> getRefusals() {
        return refusals;
    }
}
