package org.helpline.view.supervision;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.shared.UserText;
import org.helpline.view.PagedTable;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUps;
import org.helpline.security.StaffDirectory;
import org.helpline.security.UserAccount;
import org.helpline.shared.HelplineException;
import org.helpline.supervision.Cracks;
import org.helpline.supervision.QuietCaller;
import org.helpline.supervision.Reassignments;
import org.helpline.view.CurrentUser;
import org.helpline.view.Messages;

/**
 * {@code supervision/cracks.xhtml}: callers nobody has been in touch with for too long, and follow-ups
 * the scheduler escalated; each handed to someone in one go.
 */
@Named
@ViewScoped
public class CracksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    org.helpline.view.callers.RiskMarks riskMarks;

    @Inject
    Cracks cracks;

    @Inject
    FollowUps followUps;

    @Inject
    Reassignments reassignments;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentUser currentUser;

    private PagedTable<QuietCaller> quiet;
    private PagedTable<FollowUp> escalated;
    private List<UserAccount> advisers;
    /** Per row, the adviser chosen (username; blank for the team queue). */
    private final Map<Long, String> callerTo = new HashMap<>();
    private final Map<Long, String> followUpTo = new HashMap<>();

    private java.util.List<org.helpline.email.EmailWaits.Overdue> emailsPastTarget;

    /** Emails waiting past the answer target, read once per view. */
    public java.util.List<org.helpline.email.EmailWaits.Overdue> getEmailsPastTarget() {
        if (emailsPastTarget == null) {
            emailsPastTarget = cracks.emailsPastTarget(java.time.Instant.now());
        }
        return emailsPastTarget;
    }

    public String getEmailTarget() {
        return cracks.emailTarget();
    }

    @PostConstruct
    void load() {
        advisers = staff.advisers();
        refresh();
    }

    private void refresh() {
        Instant now = Instant.now();
        quiet = PagedTable.of(() -> cracks.countQuietCallers(now), rows -> {
            List<QuietCaller> page = cracks.quietCallers(now, rows);
            riskMarks.primeIds(page.stream().map(QuietCaller::callerId).toList());
            return page;
        }, QuietCaller::callerId);
        escalated = currentUser.isSupervisor() ? PagedTable.of(followUps::countEscalated,
                rows -> riskMarks.prime(followUps.escalated(rows), FollowUp::getCaller), FollowUp::getId)
                : PagedTable.of(() -> 0, rows -> List.of(), FollowUp::getId);
    }

    public void bookCheckIn(QuietCaller caller) {
        try {
            cracks.bookCheckIn(caller.callerId(), callerTo.get(caller.callerId()));
            Messages.info(faces(), UserText.of("cracks.checkIn.booked", caller.name()));
            refresh();
        } catch (HelplineException refusal) {
            Messages.show(faces(), "cracks", refusal);
        }
    }

    public void assign(FollowUp followUp) {
        try {
            reassignments.reassignFollowUp(followUp.getId(), followUp.getVersion(), followUpTo.get(followUp.getId()),
                    "Escalated: " + followUp.getEscalationReason());
            Messages.info(faces(), UserText.of("cracks.followUp.assigned"));
            refresh();
        } catch (HelplineException refusal) {
            Messages.show(faces(), "cracks", refusal);
        }
    }

    public int getQuietDays() {
        return cracks.quietDays();
    }

    public PagedTable<QuietCaller> getQuiet() {
        return quiet;
    }

    public PagedTable<FollowUp> getEscalated() {
        return escalated;
    }

    public List<UserAccount> getAdvisers() {
        return advisers;
    }

    public Map<Long, String> getCallerTo() {
        return callerTo;
    }

    public Map<Long, String> getFollowUpTo() {
        return followUpTo;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
