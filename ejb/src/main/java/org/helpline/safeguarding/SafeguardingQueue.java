package org.helpline.safeguarding;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Subgraph;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helpline.callers.CallerRecords;
import org.helpline.calls.Contact;
import org.helpline.notices.Noticeboard;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.LiveChange;
import org.helpline.shared.RecordLink;
import org.helpline.shared.Rows;

/**
 * The supervisors' safeguarding queue: every contact flagged as a risk to life or a safeguarding
 * concern, newest first, until a supervisor records the action taken and signs it off.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@RequiresPermission(Permission.SIGN_OFF_SAFEGUARDING)
public class SafeguardingQueue {


    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    Noticeboard noticeboard;

    @Inject
    Event<LiveChange> live;

    @Inject
    CallerRecords records;

    /** How long an alert may wait before the queue highlights it. */
    @Inject
    @ConfigProperty(name = "helpline.safeguarding.sign-off-within", defaultValue = "PT1H")
    Duration signOffWithin;

    /** Alerts not yet signed off, newest first, with their flag, contact, caller and adviser loaded. */
    public List<SafeguardingAlert> open(Rows rows) {
        return rows.of(em.createQuery("select a from SafeguardingAlert a where a.status = :open order by a.raisedAt desc, a.id desc",
                SafeguardingAlert.class).setParameter("open", SafeguardingAlert.Status.OPEN)
                .setHint("jakarta.persistence.fetchgraph", withContact()));
    }

    /** How many alerts wait to be signed off. */
    public long countOpen() {
        return count(SafeguardingAlert.Status.OPEN);
    }

    /** Alerts signed off, newest sign-off first. */
    public List<SafeguardingAlert> signedOff(Rows rows) {
        return rows.of(em.createQuery("select a from SafeguardingAlert a where a.status = :done "
                + "order by a.signedOffAt desc, a.id desc", SafeguardingAlert.class)
                .setParameter("done", SafeguardingAlert.Status.SIGNED_OFF)
                .setHint("jakarta.persistence.fetchgraph", withContact()));
    }

    /** How many alerts have been signed off. */
    public long countSignedOff() {
        return count(SafeguardingAlert.Status.SIGNED_OFF);
    }

    private long count(SafeguardingAlert.Status status) {
        return em.createQuery("select count(a) from SafeguardingAlert a where a.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    public SafeguardingAlert get(long id) {
        return records.allowed(SafeguardingAlert.class, id, em.createQuery(
                "select a from SafeguardingAlert a where a.id = :id", SafeguardingAlert.class)
                .setParameter("id", id).setHint("jakarta.persistence.fetchgraph", withContact())
                .getResultStream().findFirst().orElse(null));
    }

    /** What the queue pages show of each alert, loaded in the same query. */
    private EntityGraph<SafeguardingAlert> withContact() {
        EntityGraph<SafeguardingAlert> graph = em.createEntityGraph(SafeguardingAlert.class);
        graph.addAttributeNodes("signedOffBy");
        Subgraph<RiskFlag> flag = graph.addSubgraph("riskFlag");
        flag.addAttributeNodes("raisedBy");
        flag.addSubgraph("contact").addAttributeNodes("adviser", "caller", "supportCase");
        return graph;
    }

    public Duration signOffWithin() {
        return signOffWithin;
    }

    /**
     * Records what was done and signs the alert off, then tells the adviser who raised it. Refused when
     * another supervisor got there first (the page then shows their sign-off).
     */
    public SafeguardingAlert signOff(long id, long seenVersion, SafeguardingAction action, String note) {
        SafeguardingAlert alert = get(id);
        alert.checkVersion(seenVersion);
        alert.signOff(action, note, staff.account(), Instant.now());
        Contact contact = alert.getRiskFlag().getContact();
        noticeboard.post(alert.getRiskFlag().getRaisedBy(), alert.getSignedOffBy().getDisplayName()
                + " signed off the " + alert.getRiskFlag().getKind().label().toLowerCase(java.util.Locale.UK)
                + " alert from your contact at " + HelplineTime.timeAndDay(contact.getStartedAt()) + ": "
                + action.label() + (alert.getActionNote() == null ? "." : ": " + alert.getActionNote()),
                contact.getSupportCase() == null ? null : RecordLink.toCase(contact.getSupportCase().getId()));
        em.flush();
        live.fire(new LiveChange("safeguarding"));
        return alert;
    }

    /**
     * Lifts a risk flag before it expires, because the risk has passed: a supervisor's decision, with the
     * reason. The flag stays on the caller's record, shown as lifted. Refused if someone changed it since
     * {@code seenVersion}.
     */
    public RiskFlag lift(long flagId, long seenVersion, String reason) {
        RiskFlag flag = records.find(RiskFlag.class, flagId);
        flag.lift(reason, staff.account(), Instant.now(), java.time.LocalDate.now(HelplineTime.CLOCK), seenVersion);
        em.flush();
        return flag;
    }
}
