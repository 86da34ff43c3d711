package org.helpline.callers;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.cases.CaseStatus;
import org.helpline.followups.FollowUp;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Roles;
import org.helpline.shared.persistence.ParameterList;

/**
 * Who may see who a caller is. Supervisors and admins may see any caller. An adviser may see the callers
 * they are working with: those they have logged a contact with, whose case or follow-up they hold (open or
 * done), or whose case or follow-up waits in the team queue for any adviser to take. Managers see no caller at all (no
 * service that shows one lets them in). Used inside the services, with the identity of their caller.
 */
@Dependent
public class CallerAccess {

    /**
     * Callers a user is working with, as a condition on {@code x}, a Caller; binds :me (the user's account
     * id), :closed, :open. Written on the records' own columns, without joining the accounts, so that each
     * part is an index look-up (the load benchmark found a search by surname reading every contact).
     */
    private static final String WORKING_WITH = "(exists (select wc from Contact wc where wc.caller = x "
            + "and wc.adviser.id = :me) "
            + "or exists (select wk from HelplineCase wk where wk.caller = x "
            + "and (wk.owner.id = :me or (wk.owner is null and wk.status <> :closed))) "
            + "or exists (select wf from FollowUp wf where wf.caller = x "
            + "and (wf.owner.id = :me or (wf.owner is null and wf.status = :open))))";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    MatchTokens tokens;

    /**
     * For a query that must only match callers the user is working with: the condition on the Caller
     * {@code alias}, and {@link #bindWorkingWith} for its parameters. (Not needed for those who see everyone.)
     */
    public static String workingWith(String alias) {
        return WORKING_WITH.replaceAll("\\bx\\b", alias).replace(":me", ":accessMe").replace(":closed", ":accessClosed")
                .replace(":open", ":accessOpen");
    }

    /** Binds the parameters of {@link #workingWith} in {@code query}, if the query uses it. */
    public void bindWorkingWith(jakarta.persistence.Query query) {
        if (query.getParameters().stream().anyMatch(p -> "accessMe".equals(p.getName()))) {
            query.setParameter("accessMe", staff.account().getId()).setParameter("accessClosed", CaseStatus.CLOSED)
                    .setParameter("accessOpen", FollowUp.Status.OPEN);
        }
    }

    /** Whether the signed-in user may see who {@code callerId} is. */
    public boolean mayIdentify(long callerId) {
        return identifiable(List.of(callerId)).contains(callerId);
    }

    /** Of {@code callerIds}, those the signed-in user may see who they are. */
    public Set<Long> identifiable(Collection<Long> callerIds) {
        if (callerIds.isEmpty()) {
            return Set.of();
        }
        if (seesEveryone()) {
            return new HashSet<>(callerIds);
        }
        if (!staff.isCallerInRole(Roles.ADVISER)) {
            return Set.of();
        }
        List<Long> ids = List.copyOf(callerIds);
        var query = ParameterList.bind(em.createQuery("select x.id from Caller x where x.id in "
                + ParameterList.in("ids", ids.size()) + " and " + workingWith("x"), Long.class), "ids", ids);
        bindWorkingWith(query);
        return new HashSet<>(query.getResultList());
    }

    /** Supervisors and admins see every caller. */
    public boolean seesEveryone() {
        return staff.isCallerInRole(Roles.SUPERVISOR) || staff.isCallerInRole(Roles.ADMIN);
    }

    /** A token proving the caller was shown to the signed-in user as a match, for linking them to a contact. */
    public String matchToken(long callerId) {
        return tokens.issue(callerId, staff.username());
    }

    /** Whether the signed-in user may link {@code callerId}: they may see them, or were shown them as a match. */
    public boolean mayLink(long callerId, String token) {
        return mayIdentify(callerId) || (staff.isCallerInRole(Roles.ADVISER) && tokens.valid(callerId, staff.username(), token));
    }
}
