package org.helpline.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.calls.ContactLine;
import org.helpline.calls.ContactLog;
import org.helpline.calls.ContactOptions;
import org.helpline.cases.Case;
import org.helpline.cases.Cases;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUps;
import org.helpline.information.InformationLibrary;
import org.helpline.safeguarding.SafeguardingAlert;
import org.helpline.safeguarding.SafeguardingQueue;
import org.helpline.shared.HelplineTime;
import org.helpline.calls.HelplineLine;
import org.helpline.security.StaffDirectory;
import org.helpline.security.UserAccount;

/** {@code index.xhtml}: each role's starting page. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    ContactOptions options;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentUser currentUser;

    private List<HelplineLine> lines = List.of();

    private List<UserAccount> team;

    private List<ContactLine> today = List.of();

    private List<Case> myCases = List.of();

    @Inject
    ContactLog contacts;

    @Inject
    Cases cases;

    @Inject
    FollowUps followUps;

    @Inject
    SafeguardingQueue safeguarding;

    private List<SafeguardingAlert> alerts = List.of();

    private List<FollowUp> escalated = List.of();

    private long followUpsDue;

    private long followUpsOverdue;

    private long staleArticles;

    private List<Case> teamCases = List.of();

    @Inject
    InformationLibrary library;

    @PostConstruct
    void load() {
        if (currentUser.isAdviser()) {
            lines = options.lines();
            today = contacts.mineToday();
            myCases = cases.mine();
            teamCases = cases.teamQueue();
            Instant now = Instant.now();
            Instant endOfToday = LocalDate.now(HelplineTime.CLOCK).plusDays(1).atStartOfDay(HelplineTime.ZONE).toInstant();
            List<FollowUp> mine = followUps.mine();
            followUpsDue = mine.stream().filter(f -> f.getDueFrom().isBefore(endOfToday)).count();
            followUpsOverdue = mine.stream().filter(f -> f.isOverdue(now)).count();
        }
        if (currentUser.isSupervisor() || currentUser.isAdmin()) {
            team = staff.everyone();
        }
        if (currentUser.isAdmin()) {
            staleArticles = library.stale().size();
        }
        if (currentUser.isSupervisor()) {
            alerts = safeguarding.open();
            escalated = followUps.escalated();
        }
    }

    public List<Case> getTeamCases() {
        return teamCases;
    }

    public long getStaleArticles() {
        return staleArticles;
    }

    public List<HelplineLine> getLines() {
        return lines;
    }

    public List<SafeguardingAlert> getAlerts() {
        return alerts;
    }

    public List<FollowUp> getEscalated() {
        return escalated;
    }

    public long getFollowUpsDue() {
        return followUpsDue;
    }

    public long getFollowUpsOverdue() {
        return followUpsOverdue;
    }

    public List<ContactLine> getToday() {
        return today;
    }

    public List<Case> getMyCases() {
        return myCases;
    }

    public List<UserAccount> getTeam() {
        return team;
    }

    public String rolesOf(UserAccount member) {
        return Formats.roles(member);
    }

    public String lastSignIn(UserAccount member) {
        return member.getLastSignInAt() == null ? "Never" : Formats.dateTime(member.getLastSignInAt());
    }
}
