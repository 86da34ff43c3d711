package org.helpline.view.callers;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.calls.ReferralPart;
import org.helpline.callers.CallerOverview;
import org.helpline.callers.Callers;
import org.helpline.callers.ContactMethod;
import org.helpline.callers.MsType;
import org.helpline.callers.RiskMark;
import org.helpline.callers.TimelineEntry;
import org.helpline.followups.FollowUpForm;
import org.helpline.followups.FollowUpKind;
import org.helpline.followups.FollowUps;
import org.helpline.referrals.Referrals;
import org.helpline.resources.ResourceDirectory;
import org.helpline.resources.SupportService;
import org.helpline.safeguarding.SafeguardingQueue;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.HelplineException;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.view.Messages;
import org.helpline.view.PagedTable;

/**
 * {@code callers/view.xhtml?id=}: the one place a caller lives. Their risk first, then their details and
 * consent, what is open for them, their cases and one timeline of everything; and what an adviser can do from
 * here, each in a panel that opens by keyboard. A caller the user may not see is "not found".
 */
@Named("callerBacking")
@ViewScoped
public class ViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Callers callers;

    @Inject
    FollowUps followUps;

    @Inject
    Referrals referrals;

    @Inject
    ResourceDirectory directory;

    @Inject
    SafeguardingQueue safeguarding;

    private Long id;
    private CallerOverview shown;
    private boolean missing;
    private PagedTable<TimelineEntry> timeline;
    /** Which action panel stays open after a refused action, so its message shows at its field. */
    private String openPanel;
    private FollowUpForm followUp = newFollowUp();
    /** The refer panel's service and consent, as the contact form takes them. */
    private ReferralPart referral = new ReferralPart();
    private String referralNote;
    private Long liftFlag;
    private String liftReason;
    private DetailsForm details;

    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            shown = callers.overview(id);
            long callerId = id;
            timeline = PagedTable.of(() -> callers.timelineSize(callerId), rows -> callers.timeline(callerId, rows),
                    TimelineEntry::key);
            if (details == null) {
                details = DetailsForm.of(shown.caller());
            }
        } catch (NotFoundException e) {
            missing = true;
        }
    }

    public void bookFollowUp() {
        act("followUpPanel", UserText.of("followUp.booked"), () -> followUps.bookForCaller(id, followUp));
        if (openPanel == null) {
            followUp = newFollowUp();
        }
    }

    public void refer() {
        act("referPanel", UserText.of("referral.sent"),
                () -> referrals.referCaller(id, referral.getReferTo(), referral.isReferralConsent(), true, referralNote));
        if (openPanel == null) {
            referral = new ReferralPart();
            referralNote = null;
        }
    }

    public void lift() {
        act("liftPanel", UserText.of("risk.lifted"), () -> {
            RiskMark flag = shown.header().risks().stream().filter(r -> r.flagId() == (liftFlag == null ? -1 : liftFlag))
                    .findFirst().orElseThrow(() -> new org.helpline.shared.InvalidInputException("liftFlag",
                            UserText.of("risk.lift.flag.required")));
            safeguarding.lift(flag.flagId(), flag.version(), liftReason);
        });
        if (openPanel == null) {
            liftFlag = null;
            liftReason = null;
        }
    }

    public void saveDetails() {
        act("detailsPanel", UserText.of("caller.saved"), () -> callers.update(id, shown.caller().getVersion(), details.details()));
    }

    private void act(String panel, String done, Runnable action) {
        try {
            action.run();
            openPanel = null;
            if ("detailsPanel".equals(panel)) {
                details = null;
            }
            Messages.info(faces(), done);
            load();
        } catch (ConcurrentEditException stale) {
            openPanel = null;
            Messages.show(faces(), formOf(panel), stale);
            details = null;
            load();
        } catch (HelplineException refusal) {
            openPanel = panel;
            Messages.show(faces(), formOf(panel), refusal);
        }
    }

    /** Each panel holds one form: followUpPanel holds followUpForm. */
    private static String formOf(String panel) {
        return panel.replace("Panel", "Form");
    }

    /** The attribute that keeps a panel open: "open" for the one a refused action came from, else none. */
    public String openIf(String panel) {
        return panel.equals(openPanel) ? "open" : null;
    }

    public List<RiskMark> getLiftable() {
        return shown.header().activeRisks();
    }

    public List<SupportService> getReferrableServices() {
        return directory.referrable();
    }

    public FollowUpKind[] getFollowUpKinds() {
        return FollowUpKind.values();
    }

    public MsType[] getMsTypes() {
        return MsType.values();
    }

    public ContactMethod[] getContactMethods() {
        return ContactMethod.values();
    }

    private static FollowUpForm newFollowUp() {
        FollowUpForm form = new FollowUpForm();
        form.setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(1).withHour(10).truncatedTo(ChronoUnit.HOURS));
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CallerOverview getShown() {
        return shown;
    }

    public boolean isMissing() {
        return missing || shown == null;
    }

    public PagedTable<TimelineEntry> getTimeline() {
        return timeline;
    }

    public FollowUpForm getFollowUp() {
        return followUp;
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

    public Long getLiftFlag() {
        return liftFlag;
    }

    public void setLiftFlag(Long liftFlag) {
        this.liftFlag = liftFlag;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public void setLiftReason(String liftReason) {
        this.liftReason = liftReason;
    }

    public DetailsForm getDetails() {
        return details;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
