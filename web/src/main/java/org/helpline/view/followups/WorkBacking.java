package org.helpline.view.followups;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.callers.CallerHeader;
import org.helpline.callers.Callers;
import org.helpline.followups.AttemptOutcome;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUps;
import org.helpline.shared.HelplineException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.view.Messages;

/**
 * {@code followups/work.xhtml?id=}: one follow-up, its history, and recording what happened. Reaching
 * the caller completes it and opens an outbound contact to log the call.
 */
@Named
@ViewScoped
public class WorkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUps followUps;

    @Inject
    Callers callers;

    private Long id;
    private FollowUp shown;
    private CallerHeader header;
    private boolean missing;
    private AttemptOutcome outcome = AttemptOutcome.REACHED;
    private String note;

    public void load() {
        try {
            shown = followUps.get(id == null ? -1 : id);
            header = shown.getCaller() == null ? null : callers.header(shown.getCaller().getId());
        } catch (NotFoundException e) {
            missing = true;
        }
    }

    public String recordAttempt() {
        try {
            FollowUp after = followUps.attempt(id, shown.getVersion(), outcome, note);
            if (after.getStatus() == FollowUp.Status.COMPLETED) {
                return "/calls/log?faces-redirect=true&followUp=" + id;
            }
            faces().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(faces(), UserText.of("followUp.attempt.recorded"));
            return "/followups/work?faces-redirect=true&id=" + id;
        } catch (HelplineException refusal) {
            Messages.show(faces(), "followUp", refusal);
        }
        shown = followUps.get(id);
        return null;
    }

    public String complete() {
        try {
            followUps.complete(id, shown.getVersion(), note);
            faces().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(faces(), UserText.of("followUp.done"));
            return "/followups/mine?faces-redirect=true";
        } catch (HelplineException refusal) {
            Messages.show(faces(), "followUp", refusal);
            shown = followUps.get(id);
            return null;
        }
    }

    public void toTeamQueue() {
        try {
            followUps.reassign(id, shown.getVersion(), null, note);
            Messages.info(faces(), UserText.of("followUp.queued"));
        } catch (HelplineException refusal) {
            Messages.show(faces(), "followUp", refusal);
        }
        shown = followUps.get(id);
    }

    public AttemptOutcome[] getOutcomes() {
        return AttemptOutcome.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The caller, their numbers and risk: who is rung, and what to watch for. Null for an anonymous follow-up. */
    public CallerHeader getHeader() {
        return header;
    }

    public FollowUp getShown() {
        return shown;
    }

    public boolean isMissing() {
        return missing || shown == null; // shown is null too when the id in the address is not a number
    }

    public AttemptOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AttemptOutcome outcome) {
        this.outcome = outcome;
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
