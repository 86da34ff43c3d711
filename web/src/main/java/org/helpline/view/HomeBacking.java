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
    org.helpline.view.callers.RiskMarks riskMarks;

    @Inject
    ContactOptions options;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentUser currentUser;

    private List<HelplineLine> lines = List.of();

    private List<UserAccount> team;

    private List<ContactLine> today = List.of();

    private PagedTable<Case> myCases;

    @Inject
    ContactLog contacts;

    @Inject
    Cases cases;

    @Inject
    FollowUps followUps;

    @Inject
    SafeguardingQueue safeguarding;

    private PagedTable<SafeguardingAlert> alerts;

    private PagedTable<FollowUp> escalated;

    private long teamCaseCount;

    private long followUpsDue;

    private long followUpsOverdue;

    private long staleArticles;

    private PagedTable<Case> teamCases;

    @Inject
    InformationLibrary library;

    @PostConstruct
    void load() {
        if (currentUser.isAdviser()) {
            lines = options.lines();
            today = contacts.mineToday();
            myCases = PagedTable.of(cases::countMine, rows -> riskMarks.prime(cases.mine(rows), Case::getCaller), Case::getId);
            teamCaseCount = cases.countTeamQueue();
            teamCases = PagedTable.of(() -> teamCaseCount, rows -> riskMarks.prime(cases.teamQueue(rows), Case::getCaller),
                    Case::getId);
            Instant endOfToday = LocalDate.now(HelplineTime.CLOCK).plusDays(1).atStartOfDay(HelplineTime.ZONE).toInstant();
            followUpsDue = followUps.countMineDueBefore(endOfToday);
            followUpsOverdue = followUps.countMineOverdue(Instant.now());
        }
        if (currentUser.isSupervisor() || currentUser.isAdmin()) {
            team = staff.everyone();
        }
        if (currentUser.isAdmin()) {
            staleArticles = library.countStale();
        }
        if (currentUser.isSupervisor()) {
            alerts = PagedTable.of(safeguarding::countOpen, safeguarding::open, SafeguardingAlert::getId);
            escalated = PagedTable.of(followUps::countEscalated,
                    rows -> riskMarks.prime(followUps.escalated(rows), FollowUp::getCaller), FollowUp::getId);
        }
    }

    public PagedTable<Case> getTeamCases() {
        return teamCases;
    }

    public long getTeamCaseCount() {
        return teamCaseCount;
    }

    public long getStaleArticles() {
        return staleArticles;
    }

    public List<HelplineLine> getLines() {
        return lines;
    }

    public PagedTable<SafeguardingAlert> getAlerts() {
        return alerts;
    }

    public PagedTable<FollowUp> getEscalated() {
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

    public PagedTable<Case> getMyCases() {
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
