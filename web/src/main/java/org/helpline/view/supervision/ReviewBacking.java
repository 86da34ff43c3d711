package org.helpline.view.supervision;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.HelplineException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.supervision.Check;
import org.helpline.supervision.ContactReview;
import org.helpline.supervision.Reviews;
import org.helpline.view.Messages;

/**
 * {@code supervision/review.xhtml?id=} (a review waiting) or {@code ?contact=} (a contact a supervisor
 * picks): the contact as logged, and the checklist with feedback.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reviews reviews;

    private Long id;
    private Long contact;
    private ContactReview shown;
    private boolean missing;
    private String accurate;
    private String referral;
    private String risk;
    private String notes;
    private String feedback;

    public void load() {
        if (shown != null) {
            return;
        }
        try {
            if (id == null && contact != null) {
                id = reviews.pick(contact).getId();
            }
            shown = id == null ? null : reviews.get(id);
        } catch (HelplineException e) {
            shown = null;
        }
        missing = shown == null;
    }

    public String save() {
        try {
            reviews.review(id, shown.getVersion(), check(accurate), check(referral), check(risk), check(notes), feedback);
            faces().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(faces(), UserText.of("review.saved", shown.getAdviser().getDisplayName()));
            return "/supervision/reviews?faces-redirect=true";
        } catch (ConcurrentEditException stale) {
            Messages.show(faces(), "review", stale);
            shown = reviews.get(id);
            return null;
        } catch (NotFoundException | IllegalStateException gone) {
            missing = true;
            return null;
        } catch (HelplineException refusal) {
            Messages.show(faces(), "review", refusal);
            return null;
        }
    }

    private static Check check(String name) {
        return name == null || name.isBlank() ? null : Check.valueOf(name);
    }

    public Check[] getChecks() {
        return Check.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getContact() {
        return contact;
    }

    public void setContact(Long contact) {
        this.contact = contact;
    }

    public ContactReview getShown() {
        return shown;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getAccurate() {
        return accurate;
    }

    public void setAccurate(String accurate) {
        this.accurate = accurate;
    }

    public String getReferral() {
        return referral;
    }

    public void setReferral(String referral) {
        this.referral = referral;
    }

    public String getRisk() {
        return risk;
    }

    public void setRisk(String risk) {
        this.risk = risk;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
