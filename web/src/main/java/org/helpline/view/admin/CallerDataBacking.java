package org.helpline.view.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.privacy.Erasure;
import org.helpline.privacy.SubjectAccess;
import org.helpline.shared.HelplineException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;
import org.helpline.view.Messages;

/** {@code admin/caller-data.xhtml}: find a caller, give them their data, or erase it at their request. */
@Named
@ViewScoped
public class CallerDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubjectAccess subjectAccess;

    @Inject
    Erasure erasure;

    @Inject
    org.helpline.privacy.Retention retention;

    private String typed;
    private List<SubjectAccess.CallerSummary> found;
    private Long chosen;
    private String reason;
    private boolean confirmed;
    private String holdReason;

    public void find() {
        found = null;
        chosen = null;
        try {
            found = subjectAccess.find(typed);
        } catch (HelplineException refusal) {
            Messages.show(faces(), "findCaller", refusal);
        }
    }

    public void choose(long id) {
        chosen = id;
        reason = null;
        confirmed = false;
    }

    public void erase() {
        try {
            if (!confirmed) {
                throw new InvalidInputException("confirmed", UserText.of("erasure.confirmed.required"));
            }
            erasure.erase(chosen, reason);
            Messages.info(faces(), UserText.of("erasure.done", chosen));
            found = subjectAccess.find(String.valueOf(chosen));
            chosen = null;
        } catch (HelplineException refusal) {
            Messages.show(faces(), "erase", refusal);
        }
    }

    /** Keeps the chosen caller's records past the retention period, and from erasure, until lifted. */
    public void placeHold() {
        try {
            retention.placeHold(chosen, holdReason);
            Messages.info(faces(), UserText.of("legalHold.placed", chosen));
            found = subjectAccess.find(String.valueOf(chosen));
            holdReason = null;
        } catch (HelplineException refusal) {
            Messages.show(faces(), "hold", refusal);
        }
    }

    public void liftHold() {
        try {
            retention.liftHold(chosen);
            Messages.info(faces(), UserText.of("legalHold.lifted", chosen));
            found = subjectAccess.find(String.valueOf(chosen));
        } catch (HelplineException refusal) {
            Messages.show(faces(), "hold", refusal);
        }
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }

    public SubjectAccess.CallerSummary getChosenCaller() {
        return found == null || chosen == null ? null
                : found.stream().filter(c -> c.id() == chosen).findFirst().orElse(null);
    }

    public String phones(SubjectAccess.CallerSummary caller) {
        return String.join(", ", caller.phones());
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

    public List<SubjectAccess.CallerSummary> getFound() {
        return found;
    }

    public Long getChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
