package org.helpline.view.supervision;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerHeader;
import org.helpline.callers.Callers;
import org.helpline.safeguarding.SafeguardingAction;
import org.helpline.safeguarding.SafeguardingAlert;
import org.helpline.safeguarding.SafeguardingQueue;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.HelplineException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.view.Messages;

/** {@code supervision/alert.xhtml?id=}: one safeguarding alert, and signing it off with the action taken. */
@Named
@ViewScoped
public class AlertBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SafeguardingQueue queue;

    @Inject
    Callers callers;

    private Long id;
    private SafeguardingAlert shown;
    private CallerHeader header;
    private boolean missing;
    /** The action's name: a select bound to a String needs no converter. */
    private String action;
    private String note;

    public void load() {
        if (shown != null) {
            return;
        }
        try {
            shown = id == null ? null : queue.get(id);
            Caller caller = shown == null ? null : shown.getRiskFlag().getContact().getCaller();
            header = caller == null ? null : callers.header(caller.getId());
        } catch (NotFoundException e) {
            shown = null;
        }
        missing = shown == null;
    }

    public String signOff() {
        try {
            queue.signOff(id, shown.getVersion(),
                    action == null || action.isBlank() ? null : SafeguardingAction.valueOf(action), note);
            faces().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(faces(), UserText.of("alert.signedOff"));
            return "/supervision/safeguarding?faces-redirect=true";
        } catch (ConcurrentEditException stale) {
            Messages.show(faces(), "alert", stale);
            shown = queue.get(id);
            return null;
        } catch (HelplineException refusal) {
            Messages.show(faces(), "alert", refusal);
            return null;
        }
    }

    public SafeguardingAction[] getActions() {
        return SafeguardingAction.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The caller the alert is about, with every flag on them; null for an anonymous contact. */
    public CallerHeader getHeader() {
        return header;
    }

    public SafeguardingAlert getShown() {
        return shown;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
