package org.helpline.cases;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.audit.AccessLog;
import org.helpline.callers.CallerRecords;
import org.helpline.calls.Outcome;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.UserAccount;
import org.helpline.security.CurrentStaff;
import org.helpline.shared.Rows;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.shared.persistence.ReferenceItems;

/**
 * Working on cases: status changes, notes, closing and reopening. Each change names the version the
 * adviser was looking at; if someone else changed the case since, nothing is written and they are told.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
@RequiresPermission(Permission.VIEW_CASE)
public class Cases {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    ReferenceItems items;

    @Inject
    AccessLog access;

    @Inject
    CallerRecords records;

    /**
     * A case with its caller and timeline (and the articles given on each contact) loaded, for the case page.
     * Opening it is written in the access log; so is asking for one that is not there.
     */
    public Case get(long id) {
        List<Case> found = em.createQuery("select k from HelplineCase k join fetch k.caller "
                + "left join fetch k.timeline where k.id = :id", Case.class).setParameter("id", id).getResultList();
        Case supportCase = records.allowed(Case.class, id, found.isEmpty() ? null : found.get(0));
        access.viewed("case", id, supportCase.getCaller().getId());
        supportCase.getTimeline().forEach(e -> {
            if (e.getContact() != null) {
                e.getContact().getArticlesGiven().size();
            }
        });
        return supportCase;
    }

    public Case byNumber(String number) {
        return em.createQuery("select k from HelplineCase k where k.number = :number", Case.class)
                .setParameter("number", number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst()
                .map(k -> get(k.getId()))
                .orElseThrow(() -> {
                    access.refused("case", null, "no case numbered as asked");
                    return new NotFoundException(UserText.of("notFound.case", number));
                });
    }

    private static final String MINE = " where k.owner = :me and k.status <> :closed";
    private static final String TEAM_QUEUE = " where k.owner is null and k.status <> :closed";

    /** My open cases, most recently changed first. */
    public List<Case> mine(Rows rows) {
        return listed("my cases", rows.of(em.createQuery("select k from HelplineCase k join fetch k.caller" + MINE
                + " order by k.updatedAt desc, k.id desc", Case.class)
                .setParameter("me", me()).setParameter("closed", CaseStatus.CLOSED)));
    }

    /** How many open cases I have. */
    public long countMine() {
        return em.createQuery("select count(k) from HelplineCase k" + MINE, Long.class)
                .setParameter("me", me()).setParameter("closed", CaseStatus.CLOSED).getSingleResult();
    }

    /** Open cases waiting in the team queue, oldest change first: the ones waiting longest. */
    public List<Case> teamQueue(Rows rows) {
        return listed("cases in the team queue", rows.of(em.createQuery(
                "select k from HelplineCase k join fetch k.caller" + TEAM_QUEUE + " order by k.updatedAt, k.id", Case.class)
                .setParameter("closed", CaseStatus.CLOSED)));
    }

    /** How many open cases wait in the team queue. */
    public long countTeamQueue() {
        return em.createQuery("select count(k) from HelplineCase k" + TEAM_QUEUE, Long.class)
                .setParameter("closed", CaseStatus.CLOSED).getSingleResult();
    }

    private List<Case> listed(String where, List<Case> shown) {
        access.listed(where, shown.stream().map(k -> k.getCaller().getId()).toList());
        return shown;
    }

    /** Takes a case from the team queue. */
    @RequiresPermission(Permission.WORK_CASE)
    public Case claim(long id, long seenVersion) {
        Case supportCase = current(id, seenVersion);
        supportCase.claim(me(), Instant.now());
        return saved(supportCase);
    }

    @RequiresPermission(Permission.WORK_CASE)
    public Case moveTo(long id, long seenVersion, CaseStatus target) {
        Case supportCase = current(id, seenVersion);
        supportCase.moveTo(target, me(), Instant.now());
        return saved(supportCase);
    }

    @RequiresPermission(Permission.CLOSE_CASE)
    public Case close(long id, long seenVersion, String outcomeCode, String note) {
        Case supportCase = current(id, seenVersion);
        Outcome outcome = items.require(Outcome.class, outcomeCode, "outcome", UserText.of("case.close.outcome"));
        supportCase.close(outcome, note, me(), Instant.now());
        return saved(supportCase);
    }

    @RequiresPermission(Permission.REOPEN_CASE)
    public Case reopen(long id, long seenVersion, String reason) {
        Case supportCase = current(id, seenVersion);
        supportCase.reopen(reason, me(), Instant.now());
        return saved(supportCase);
    }

    @RequiresPermission(Permission.WORK_CASE)
    public Case addNote(long id, long seenVersion, String text) {
        Case supportCase = current(id, seenVersion);
        supportCase.addNote(text, me(), Instant.now());
        return saved(supportCase);
    }

    /** Writes the change now, so the case handed back carries its new version for the next edit. */
    private Case saved(Case supportCase) {
        em.flush();
        return supportCase;
    }

    private Case current(long id, long seenVersion) {
        Case supportCase = records.find(Case.class, id);
        supportCase.checkVersion(seenVersion);
        return supportCase;
    }

    private UserAccount me() {
        return staff.account();
    }
}
