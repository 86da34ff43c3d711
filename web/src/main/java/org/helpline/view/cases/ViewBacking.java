package org.helpline.view.cases;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.calls.ReferralPart;
import org.helpline.callers.CallerHeader;
import org.helpline.callers.Callers;
import org.helpline.calls.ContactOptions;
import org.helpline.calls.Outcome;
import org.helpline.cases.Case;
import org.helpline.cases.CaseStatus;
import org.helpline.cases.Cases;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUpForm;
import org.helpline.followups.FollowUpKind;
import org.helpline.followups.FollowUps;
import org.helpline.referrals.Referral;
import org.helpline.referrals.ReferralOutcome;
import org.helpline.referrals.ReferralStatus;
import org.helpline.referrals.Referrals;
import org.helpline.resources.ResourceDirectory;
import org.helpline.resources.SupportService;
import org.helpline.shared.UserText;
import org.helpline.supervision.Reassignments;
import org.helpline.security.StaffDirectory;
import org.helpline.security.UserAccount;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.HelplineException;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.NotFoundException;
import org.helpline.view.CurrentUser;
import org.helpline.view.Messages;

/**
 * {@code cases/view.xhtml?id=}: a case, its timeline, and what an adviser can do with it. Every change
 * sends the version shown, so a change someone else made meanwhile is reported, not overwritten.
 */
@Named
@ViewScoped
public class ViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cases cases;

    @Inject
    ContactOptions options;

    @Inject
    FollowUps followUps;

    @Inject
    Referrals referralService;

    @Inject
    ResourceDirectory directory;

    @Inject
    Reassignments reassignments;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentUser currentUser;

    @Inject
    Callers callers;

    private Long id;
    private Case shown;
    private boolean missing;
    private CaseStatus nextStatus;
    private String note;
    private String closingOutcome;
    private String closingNote;
    private String reopenReason;
    private FollowUpForm followUp = newFollowUp();
    /** The refer panel's service and consent, as the contact form takes them. */
    private ReferralPart referral = new ReferralPart();
    private String referralNote;
    private List<Referral> referrals = List.of();
    private CallerHeader header;
    private List<FollowUp> openFollowUps = List.of();
    /** The action panel a refused action came from: it stays open, so its message shows at its field. */
    private String openPanel;
    private String reassignTo;
    private String reassignReason;
    private List<UserAccount> advisers;
    /** Per referral, as chosen in its row (enum names: a map's values carry no type for Faces to convert to). */
    private final Map<Long, String> nextReferralStatus = new HashMap<>();
    private final Map<Long, String> referralOutcome = new HashMap<>();

    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            shown = cases.get(id);
            referrals = referralService.forCaller(shown.getCaller().getId());
            header = callers.header(shown.getCaller().getId());
            openFollowUps = followUps.openForCase(id);
        } catch (NotFoundException e) {
            missing = true;
        }
    }

    /** An adviser takes the case from the team queue. */
    public void claim() {
        run(null, () -> cases.claim(id, shown.getVersion()));
    }

    /** A supervisor hands the case to another adviser, or to the team queue. */
    public void reassign() {
        run("reassignPanel", () -> reassignments.reassignCase(id, shown.getVersion(), reassignTo, reassignReason));
        if (!faces().isValidationFailed()) {
            reassignTo = null;
            reassignReason = null;
        }
    }

    /** Advisers a supervisor can hand the case to. */
    public List<UserAccount> getAdvisers() {
        if (advisers == null) {
            advisers = currentUser.isSupervisor() ? staff.advisers() : List.of();
        }
        return advisers;
    }

    public String getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(String reassignTo) {
        this.reassignTo = reassignTo;
    }

    public String getReassignReason() {
        return reassignReason;
    }

    public void setReassignReason(String reassignReason) {
        this.reassignReason = reassignReason;
    }

    public void moveTo() {
        run("statusPanel", () -> cases.moveTo(id, shown.getVersion(), nextStatus));
    }

    public void addNote() {
        run("notePanel", () -> cases.addNote(id, shown.getVersion(), note));
    }

    public void close() {
        run("closePanel", () -> cases.close(id, shown.getVersion(), closingOutcome, closingNote));
    }

    public void reopen() {
        run("reopenPanel", () -> cases.reopen(id, shown.getVersion(), reopenReason));
    }

    public void bookFollowUp() {
        try {
            followUps.bookForCase(id, followUp);
            followUp = newFollowUp();
            openPanel = null;
            Messages.info(faces(), UserText.of("followUp.booked"));
            load();
        } catch (HelplineException refusal) {
            openPanel = "followUpPanel";
            Messages.show(faces(), "case", refusal);
        }
    }

    public void refer() {
        try {
            referralService.referFromCase(id, referral.getReferTo(), referral.isReferralConsent(), true, referralNote);
            referral = new ReferralPart();
            referralNote = null;
            openPanel = null;
            Messages.info(faces(), UserText.of("referral.sent"));
            load();
        } catch (HelplineException refusal) {
            openPanel = "referPanel";
            Messages.show(faces(), "case", refusal);
        }
    }

    public void moveReferral(Referral referral) {
        try {
            String chosen = nextReferralStatus.get(referral.getId());
            String result = referralOutcome.get(referral.getId());
            ReferralStatus target = chosen == null || chosen.isBlank() ? null : ReferralStatus.valueOf(chosen);
            ReferralOutcome outcome = result == null || result.isBlank() ? null : ReferralOutcome.valueOf(result);
            if (target == ReferralStatus.COMPLETED) {
                referralService.complete(referral.getId(), referral.getVersion(), outcome, null);
            } else {
                referralService.moveTo(referral.getId(), referral.getVersion(), target, null);
            }
            Messages.info(faces(), UserText.of("referral.updated"));
            load();
        } catch (HelplineException refusal) {
            Messages.show(faces(), "case", refusal);
        }
    }

    public List<SupportService> getReferrableServices() {
        return directory.referrable();
    }

    public List<Referral> getReferrals() {
        return referrals;
    }

    public Map<Long, String> getNextReferralStatus() {
        return nextReferralStatus;
    }

    public Map<Long, String> getReferralOutcome() {
        return referralOutcome;
    }

    public ReferralOutcome[] getReferralOutcomes() {
        return ReferralOutcome.values();
    }

    public ReferralPart getReferral() {
        return referral;
    }

    public String getReferralNote() {
        return referralNote;
    }

    public void setReferralNote(String referralNote) {
        this.referralNote = referralNote;
    }

    private static FollowUpForm newFollowUp() {
        FollowUpForm form = new FollowUpForm();
        form.setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(1).withHour(10).truncatedTo(ChronoUnit.HOURS));
        return form;
    }

    public FollowUpForm getFollowUp() {
        return followUp;
    }

    public FollowUpKind[] getFollowUpKinds() {
        return FollowUpKind.values();
    }

    private void run(String panel, Runnable change) {
        try {
            change.run();
            openPanel = null;
            note = null;
            closingNote = null;
            closingOutcome = null;
            reopenReason = null;
            Messages.info(faces(), UserText.of("case.saved"));
            load();
        } catch (ConcurrentEditException stale) {
            openPanel = panel; // what they typed is still there, to save again
            Messages.show(faces(), "case", stale);
            shown = cases.get(id);
        } catch (HelplineException refusal) {
            openPanel = panel;
            Messages.show(faces(), "case", refusal);
        }
    }

    /** "open" for the action panel a refused action came from, so it shows again open; otherwise no attribute. */
    public String openIf(String panel) {
        return panel.equals(openPanel) ? "open" : null;
    }

    public CallerHeader getHeader() {
        return header;
    }

    public List<FollowUp> getOpenFollowUps() {
        return openFollowUps;
    }

    public List<CaseStatus> getNextStatuses() {
        return shown.getStatus().next().stream().filter(s -> s != CaseStatus.CLOSED).toList();
    }

    public List<Outcome> getOutcomes() {
        return options.outcomes();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Case getShown() {
        return shown;
    }

    public boolean isMissing() {
        return missing || shown == null; // shown is null too when the id in the address is not a number
    }

    public CaseStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(CaseStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getClosingOutcome() {
        return closingOutcome;
    }

    public void setClosingOutcome(String closingOutcome) {
        this.closingOutcome = closingOutcome;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public void setClosingNote(String closingNote) {
        this.closingNote = closingNote;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
