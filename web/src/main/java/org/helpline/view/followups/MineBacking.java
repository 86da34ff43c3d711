package org.helpline.view.followups;

import java.io.Serializable;
import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.shared.UserText;
import org.helpline.view.PagedTable;
import org.helpline.view.callers.RiskMarks;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUps;
import org.helpline.shared.HelplineException;
import org.helpline.view.Messages;

/** {@code followups/mine.xhtml}: my follow-ups and the team queue, soonest due first. */
@Named
@ViewScoped
public class MineBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUps followUps;

    @Inject
    RiskMarks riskMarks;

    private PagedTable<FollowUp> mine;
    private PagedTable<FollowUp> team;

    @PostConstruct
    void load() {
        mine = PagedTable.of(followUps::countMine, rows -> riskMarks.prime(followUps.mine(rows), FollowUp::getCaller),
                FollowUp::getId);
        team = PagedTable.of(followUps::countTeamQueue,
                rows -> riskMarks.prime(followUps.teamQueue(rows), FollowUp::getCaller), FollowUp::getId);
    }

    public void claim(FollowUp followUp) {
        try {
            followUps.claim(followUp.getId(), followUp.getVersion());
            Messages.info(faces(), UserText.of("followUp.claimed"));
        } catch (HelplineException refusal) {
            Messages.show(faces(), "followUps", refusal);
        }
        load();
    }

    public boolean overdue(FollowUp followUp) {
        return followUp.isOverdue(Instant.now());
    }

    public PagedTable<FollowUp> getMine() {
        return mine;
    }

    public PagedTable<FollowUp> getTeam() {
        return team;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
