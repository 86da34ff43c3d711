package org.helpline.view.supervision;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.security.StaffDirectory;
import org.helpline.security.UserAccount;
import org.helpline.shared.HelplineException;
import org.helpline.shared.UserText;
import org.helpline.supervision.Handover;
import org.helpline.supervision.Reassignments;
import org.helpline.view.Messages;

/** {@code supervision/reassign.xhtml}: hands everything an adviser holds to someone else or the team queue. */
@Named
@ViewScoped
public class ReassignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reassignments reassignments;

    @Inject
    StaffDirectory staff;

    private List<UserAccount> advisers;
    private String from;
    private String to;
    private String reason;

    @PostConstruct
    void load() {
        advisers = staff.advisers();
    }

    public void reassignAll() {
        try {
            Handover moved = reassignments.reassignAll(from, to, reason);
            String cases = moved.cases() == 1 ? UserText.of("reassign.cases.one")
                    : UserText.of("reassign.cases.many", moved.cases());
            String followUps = moved.followUps() == 1 ? UserText.of("reassign.followUps.one")
                    : UserText.of("reassign.followUps.many", moved.followUps());
            Messages.info(faces(), to == null || to.isBlank()
                    ? UserText.of("reassign.done.queue", cases, followUps, nameOf(from))
                    : UserText.of("reassign.done", cases, followUps, nameOf(from), nameOf(to)));
            from = null;
            to = null;
            reason = null;
        } catch (HelplineException refusal) {
            Messages.show(faces(), "reassign", refusal);
        }
    }

    private String nameOf(String username) {
        return advisers.stream().filter(a -> a.getUsername().equals(username)).map(UserAccount::getDisplayName)
                .findFirst().orElse(username);
    }

    public List<UserAccount> getAdvisers() {
        return advisers;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
