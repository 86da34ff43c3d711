package org.helpline.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerRecords;
import org.helpline.calls.Contact;
import org.helpline.cases.Case;
import org.helpline.followups.FollowUp;
import org.helpline.resources.ServiceStep;
import org.helpline.resources.SupportService;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.UserAccount;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.UserText;

/**
 * Referring callers to services and following each referral to its outcome. Making a referral, and
 * completing one, books the follow-ups the service asks for.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
@RequiresPermission(Permission.REFER)
public class Referrals {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    CallerRecords records;

    /** Refers the caller of a contact (and its case, if any) to a service. */
    public Referral refer(long contactId, String serviceCode, boolean consentGiven, boolean sendNow, String note) {
        Contact contact = records.find(Contact.class, contactId);
        return make(serviceCode, contact.getCaller(), contact, contact.getSupportCase(), consentGiven, sendNow, note);
    }

    /** Refers the caller of a case to a service. */
    public Referral referFromCase(long caseId, String serviceCode, boolean consentGiven, boolean sendNow, String note) {
        Case supportCase = records.find(Case.class, caseId);
        return make(serviceCode, supportCase.getCaller(), null, supportCase, consentGiven, sendNow, note);
    }

    /** Refers a caller from their page: not tied to a contact or a case. */
    public Referral referCaller(long callerId, String serviceCode, boolean consentGiven, boolean sendNow, String note) {
        return make(serviceCode, records.find(Caller.class, callerId), null, null, consentGiven, sendNow, note);
    }

    private Referral make(String serviceCode, Caller caller, Contact contact, Case supportCase, boolean consentGiven,
            boolean sendNow, String note) {
        UserAccount me = staff.account();
        Instant now = Instant.now();
        SupportService service = serviceCode == null ? null
                : em.createQuery("select s from SupportService s where s.code = :code", SupportService.class)
                        .setParameter("code", serviceCode).getResultStream().findFirst().orElse(null);
        Referral referral = Referral.make(service, caller, contact, supportCase, consentGiven, sendNow, note, me, now);
        em.persist(referral);
        bookSteps(referral, ServiceStep.Trigger.REFERRED, me, now);
        return saved(referral);
    }

    public Referral moveTo(long id, long seenVersion, ReferralStatus target, String why) {
        if (target == null) {
            throw new ReferralException("status", UserText.of("referral.status.required"));
        }
        Referral referral = current(id, seenVersion);
        referral.moveTo(target, why, staff.account(), Instant.now());
        return saved(referral);
    }

    public Referral complete(long id, long seenVersion, ReferralOutcome outcome, String note) {
        Referral referral = current(id, seenVersion);
        UserAccount me = staff.account();
        Instant now = Instant.now();
        referral.complete(outcome, note, me, now);
        bookSteps(referral, ServiceStep.Trigger.COMPLETED, me, now);
        return saved(referral);
    }

    /** A caller's referrals, newest first. */
    public List<Referral> forCaller(long callerId) {
        records.find(Caller.class, callerId);
        return em.createQuery("select r from Referral r where r.caller.id = :caller order by r.referredAt desc, r.id desc",
                Referral.class).setParameter("caller", callerId).getResultList();
    }

    public Referral get(long id) {
        Referral referral = records.find(Referral.class, id);
        referral.getHistory().size();
        referral.getCaller().getDisplayName();
        return referral;
    }

    /** The service's steps for this moment, booked as follow-ups for the adviser at 10:00 on the day due. */
    private void bookSteps(Referral referral, ServiceStep.Trigger trigger, UserAccount me, Instant now) {
        for (ServiceStep step : referral.getService().stepsOn(trigger)) {
            LocalDate day = LocalDate.ofInstant(now, HelplineTime.ZONE).plusDays(Math.max(1, step.getAfterDays()));
            Instant due = day.atTime(10, 0).atZone(HelplineTime.ZONE).toInstant();
            Caller caller = referral.getCaller();
            String number = caller.getPhones().isEmpty() ? null : caller.getPhones().iterator().next();
            em.persist(FollowUp.book(step.getKind(), caller, referral.getContact(), referral.getSupportCase(), due, null,
                    number, step.getReason() + " (" + referral.getService().getName() + ")", me, me, now)
                    .forReferral(referral));
        }
    }

    private Referral current(long id, long seenVersion) {
        Referral referral = records.find(Referral.class, id);
        referral.checkVersion(seenVersion);
        return referral;
    }

    private Referral saved(Referral referral) {
        em.flush();
        return referral;
    }
}
