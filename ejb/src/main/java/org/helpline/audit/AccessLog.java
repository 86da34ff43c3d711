package org.helpline.audit;

import java.security.Principal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.Rows;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * Records who opened which caller's or case's record, and every refusal; and lets an admin read it. A
 * view is logged in the transaction that read the record; a refusal in a transaction of its own, so it
 * stays logged when the refused call rolls back.
 */
@Stateless
public class AccessLog {

    /** The longest list an admin is shown at once. */
    private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** The signed-in user opened a record; {@code callerId} is whose data it holds, if anyone's. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void viewed(String recordType, long recordId, Long callerId) {
        em.persist(new AccessEntry(Instant.now(), username(), AccessEntry.Action.VIEWED, recordType, recordId, callerId,
                null));
    }

    /**
     * The signed-in user was shown callers by name in a list ({@code where}: search results, a look-up, a
     * queue): one entry per caller, so a caller's access log also says who saw them among others.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void listed(String where, Collection<Long> callerIds) {
        if (callerIds.isEmpty()) {
            return;
        }
        String user = username();
        Instant now = Instant.now();
        for (Long callerId : new java.util.LinkedHashSet<>(callerIds)) {
            em.persist(new AccessEntry(now, user, AccessEntry.Action.LISTED, "caller", callerId, callerId, where));
        }
    }

    /** The signed-in user took a copy of a caller's data out of Helpline (a subject access export, say). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void exported(String recordType, long recordId, Long callerId, String detail) {
        em.persist(new AccessEntry(Instant.now(), username(), AccessEntry.Action.EXPORTED, recordType, recordId,
                callerId, detail));
    }

    /** The signed-in user erased a caller's identifying data, at their request. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void erased(long callerId, String detail) {
        em.persist(new AccessEntry(Instant.now(), username(), AccessEntry.Action.ERASED, "caller", callerId, callerId,
                detail));
    }

    /**
     * The signed-in user was refused: a page or service their roles do not allow, or a record that does not
     * exist or that they may not see (both answer "not found"). {@code detail} says where, never what.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String recordType, Long recordId, String detail) {
        String user = username();
        em.persist(new AccessEntry(Instant.now(), user, AccessEntry.Action.REFUSED, recordType, recordId, null, detail));
        LOG.info(() -> "Access refused: " + user + " to " + recordType + (recordId == null ? "" : " " + recordId));
    }

    /** Everyone who opened, exported or was refused this caller's data, newest first. */
    @RequiresPermission(Permission.VIEW_AUDIT)
    @RolesAllowed(Roles.ADMIN)
    public List<AccessEntry> forCaller(Long callerId, Rows rows) {
        return rows.of(em.createQuery("select e from AccessEntry e where e.callerId = :caller order by e.at desc, e.id desc",
                AccessEntry.class).setParameter("caller", checkedCaller(callerId)));
    }

    /** How many times this caller's data was opened, exported or refused. */
    @RequiresPermission(Permission.VIEW_AUDIT)
    @RolesAllowed(Roles.ADMIN)
    public long countForCaller(Long callerId) {
        return em.createQuery("select count(e) from AccessEntry e where e.callerId = :caller", Long.class)
                .setParameter("caller", checkedCaller(callerId)).getSingleResult();
    }

    private static long checkedCaller(Long callerId) {
        if (callerId == null || callerId <= 0) {
            throw new InvalidInputException("caller", UserText.of("audit.caller.id"));
        }
        return callerId;
    }

    /** The refusals, newest first: someone probing for records, or a role set up wrongly. */
    @RequiresPermission(Permission.VIEW_AUDIT)
    @RolesAllowed(Roles.ADMIN)
    public List<AccessEntry> refusals(Rows rows) {
        return rows.of(em.createQuery("select e from AccessEntry e where e.action = :refused order by e.at desc, e.id desc",
                AccessEntry.class).setParameter("refused", AccessEntry.Action.REFUSED));
    }

    /** How many refusals there have been. */
    @RequiresPermission(Permission.VIEW_AUDIT)
    @RolesAllowed(Roles.ADMIN)
    public long countRefusals() {
        return em.createQuery("select count(e) from AccessEntry e where e.action = :refused", Long.class)
                .setParameter("refused", AccessEntry.Action.REFUSED).getSingleResult();
    }

    private String username() {
        Principal caller = context.getCallerPrincipal();
        return caller == null ? AuditRevision.SYSTEM : caller.getName();
    }
}
