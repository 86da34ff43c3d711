package org.helpline.calls;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import org.helpline.shared.UserText;
import org.helpline.callers.Caller;
import org.helpline.callers.CallerAccess;
import org.helpline.callers.CallerRecords;
import org.helpline.callers.CallerType;
import org.helpline.cases.Case;
import org.helpline.cases.CaseNumbers;
import org.helpline.followups.FollowUps;
import org.helpline.information.InformationLibrary;
import org.helpline.notices.Noticeboard;
import org.helpline.referrals.Referrals;
import org.helpline.safeguarding.RiskFlag;
import org.helpline.safeguarding.RiskKind;
import org.helpline.safeguarding.SafeguardingAlert;
import org.helpline.email.EmailMessage;
import org.helpline.email.EmailQueue;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.UserAccount;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.InvalidInputsException;
import org.helpline.shared.forms.FieldRefusal;
import org.helpline.shared.LiveChange;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.RecordLink;
import org.helpline.shared.Scripts;
import org.helpline.shared.persistence.ReferenceItems;
import org.helpline.topics.TopicCatalogue;

/**
 * Logging contacts: the adviser's main job. One transaction stores the contact, the caller (only with
 * consent), the case it opens or joins, the caller's follow-ups it completes, and any risk flags, or nothing
 * at all.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
@RequiresPermission(Permission.LOG_CONTACT)
public class ContactLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccess callerAccess;

    @Inject
    CurrentStaff staff;

    @Inject
    CallerRecords records;

    @Inject
    ReferenceItems items;

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    Scripts scripts;

    @Inject
    FollowUps followUps;

    @Inject
    Referrals referrals;

    @Inject
    InformationLibrary library;

    @Inject
    Noticeboard noticeboard;

    @Inject
    EmailQueue emails;

    @Inject
    Event<LiveChange> live;

    @Inject
    Validator validator;

    /**
     * Stores a data contact. Saving the same form twice (a double click, a retry) stores it once and
     * answers the contact stored the first time. The key is the adviser's own: another adviser's use of
     * the same key is another contact. The same key with a different form is refused (409): it is not a
     * retry, and answering the first contact would silently drop the second.
     */
    public Contact log(ContactForm form) {
        CallerPart who = form.getCaller();
        // The records the form names first: one this adviser may not touch is "not found", whatever else is wrong.
        if (who.getCallerId() != null) {
            linkable(who.getCallerId(), who.getCallerToken());
        }
        if (form.getFiling().getCaseId() != null) {
            attachable(form);
        }
        EmailMessage email = form.getContact().getEmailId() == null ? null : emails.loggable(form.getContact().getEmailId());
        UserAccount me = me();
        String fingerprint = form.fingerprint();
        Optional<Contact> already = byKey(form.getIdempotencyKey(), me);
        if (already.isPresent()) {
            return retried(already.get(), fingerprint);
        }
        ContactPart about = form.getContact();
        // Every refusal at once: the form's rules, then the codes it names that are not in the lists.
        List<FieldRefusal> refusals = new ArrayList<>(form.refusals(validator));
        Channel channel = gather(refusals, () -> items.require(Channel.class, about.getChannel(), "channel", UserText.of("contact.channel.required")));
        HelplineLine line = gather(refusals, () -> items.require(HelplineLine.class, about.getLine(), "line", UserText.of("contact.line.required")));
        CallerType callerType = gather(refusals, () -> items.require(CallerType.class, about.getCallerType(), "callerType",
                UserText.of("contact.callerType.required")));
        Outcome outcome = gather(refusals, () -> items.require(Outcome.class, about.getOutcome(), "outcome", UserText.of("contact.outcome.required")));
        var chosenTopics = gather(refusals, () -> TopicCatalogue.byCodes(em, new LinkedHashSet<>(about.getTopics())));
        if (email != null && !"email".equals(about.getChannel())) {
            refusals.add(new FieldRefusal("channel", UserText.of("email.contactChannel")));
        }
        if (!refusals.isEmpty()) {
            throw new InvalidInputsException(refusals);
        }
        Instant now = Instant.now();
        Contact contact = Contact.data(form.getIdempotencyKey(), channel, about.getDirection(), line,
                about.getStartedAt(), Duration.ofSeconds(about.totalSeconds()), callerType, chosenTopics,
                about.getSummary(), about.getInformationGiven(), outcome,
                about.isFollowUpNeeded(), about.isReferralNeeded(), me, now);
        contact.loggedFrom(fingerprint);

        if (!about.getArticlesGiven().isEmpty()) {
            contact.gave(library.givenOnCall(about.getArticlesGiven()));
        }
        Caller caller = caller(who, me, now);
        if (caller != null) {
            contact.from(caller);
        }
        em.persist(contact);
        if (email != null) {
            emails.loggedAs(email, contact, form.getRisk().any());
        }
        if (!who.getCompletesFollowUps().isEmpty()) {
            followUps.doneByCall(contact, who.getCompletesFollowUps(), who.getCallerToken());
        }
        fileInCase(form, contact, caller, me, now);
        raiseRisks(form.getRisk(), contact, me, now);
        if (about.isFollowUpNeeded()) {
            followUps.bookFor(contact, form.getFollowUp());
        }
        if (about.isReferralNeeded() && form.getReferral().chosen()) {
            referrals.refer(contact.getId(), form.getReferral().getReferTo(), form.getReferral().isReferralConsent(), true, null);
        }
        ContactDrafts.discard(em, me, form.getIdempotencyKey());
        live.fire(new LiveChange("contact"));
        return contact;
    }

    /**
     * Logs a data contact as {@link #log(ContactForm)} does, and answers what {@code answer} makes of it in the
     * same transaction: the API's answer to a save, without reading the contact back in another. The caller is
     * shown identified: whoever logged the contact (this time, or the first time for a retry, whose key is
     * looked up among their own contacts) works with its caller ({@link CallerAccess}).
     */
    public <T> T log(ContactForm form, Function<Shown, T> answer) {
        Contact contact = log(form);
        return answer.apply(new Shown(contact, contact.getCaller() != null));
    }

    /** What {@code lookUp} finds, or null with its refusal added to the rest (once per field). */
    private static <T> T gather(List<FieldRefusal> refusals, Supplier<T> lookUp) {
        try {
            return lookUp.get();
        } catch (InvalidInputException refused) {
            for (FieldRefusal r : refused.getRefusals()) {
                if (refusals.stream().noneMatch(already -> already.field().equals(r.field()))) {
                    refusals.add(r);
                }
            }
            return null;
        }
    }

    /** Logs a silent call, wrong number, hang-up, abusive or test call: no caller, no topics. */
    public Contact logNonData(String idempotencyKey, NonDataKind kind, String channel, String line,
            Instant startedAt, Duration duration) {
        String fingerprint = ContactForm.sha256(String.join("|", "non-data", String.valueOf(kind), String.valueOf(channel),
                String.valueOf(line), String.valueOf(startedAt), String.valueOf(duration)));
        Optional<Contact> already = byKey(idempotencyKey, me());
        if (already.isPresent()) {
            return retried(already.get(), fingerprint);
        }
        // Every field refused at once, as the contact form does.
        List<FieldRefusal> refusals = new ArrayList<>();
        if (kind == null) {
            refusals.add(new FieldRefusal("nonDataKind", UserText.of("contact.nonDataKind.required")));
        }
        Channel onChannel = refusedInto(refusals, () -> items.require(Channel.class, channel, "channel",
                UserText.of("contact.channel.required")));
        HelplineLine onLine = refusedInto(refusals, () -> items.require(HelplineLine.class, line, "line",
                UserText.of("contact.line.required")));
        Instant now = Instant.now();
        Instant start = startedAt == null ? now : startedAt;
        Duration length = duration == null ? Duration.ZERO : duration;
        // The contact checks these again; here they join the others, so that every field at fault is named.
        refusedInto(refusals, () -> Contact.checkTimes(start, length, now, "durationSeconds"));
        if (!refusals.isEmpty()) {
            throw new InvalidInputsException(refusals);
        }
        Contact contact = Contact.nonData(idempotencyKey, kind, onChannel, Direction.INBOUND, onLine, start, length,
                me(), now);
        contact.loggedFrom(fingerprint);
        em.persist(contact);
        ContactDrafts.discard(em, me(), idempotencyKey);
        live.fire(new LiveChange("contact"));
        return contact;
    }

    /** What {@code value} gives, or null with its refusal added to {@code refusals}. */
    private static <T> T refusedInto(List<FieldRefusal> refusals, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidInputException refused) {
            refusals.add(new FieldRefusal(refused.getField(), refused.getMessage()));
            return null;
        }
    }

    /** The signed-in adviser's contacts since midnight (UK time), newest first. */
    @RequiresPermission(Permission.VIEW_CONTACT)
    public List<ContactLine> mineToday() {
        Instant midnight = LocalDate.now(HelplineTime.CLOCK).atStartOfDay(HelplineTime.ZONE).toInstant();
        return em.createQuery("select c from Contact c join fetch c.channel left join fetch c.caller "
                + "left join fetch c.supportCase where c.adviser = :me and c.startedAt >= :midnight "
                + "order by c.startedAt desc", Contact.class)
                .setParameter("me", me()).setParameter("midnight", midnight)
                .getResultStream().map(ContactLine::of).toList();
    }

    /** A contact by id, for showing it after saving. */
    @RequiresPermission(Permission.VIEW_CONTACT)
    public Contact get(long id) {
        return records.find(Contact.class, id);
    }

    /** A contact, and whether the reader may see who the caller is: those they are not working with stay masked. */
    public record Shown(Contact contact, boolean callerIdentified) {
    }

    /**
     * A contact by id as the API shows it: with its caller only for a reader who may identify them. A contact
     * with a caller is found at all only by a reader who may ({@link CallerRecords#find}), so that one check
     * decides both.
     */
    @RequiresPermission(Permission.VIEW_CONTACT)
    public Shown show(long id) {
        Contact contact = get(id);
        return new Shown(contact, contact.getCaller() != null);
    }

    private Caller caller(CallerPart form, UserAccount me, Instant now) {
        if (form.getCallerId() != null) {
            return linkable(form.getCallerId(), form.getCallerToken());
        }
        if (!form.hasDetails() || !form.isConsentGiven()) {
            // No consent: nothing that identifies the caller is kept, only the contact's statistics.
            return null;
        }
        Caller caller = Caller.withConsent(form.details(), scripts.get(Scripts.CONSENT).version(), me, now);
        em.persist(caller);
        return caller;
    }

    /** A caller the adviser may see, or was just shown as a match ({@code token}); anyone else is not found. */
    private Caller linkable(long callerId, String token) {
        Caller caller = em.find(Caller.class, callerId);
        if (caller == null || !callerAccess.mayLink(caller.getId(), token)) {
            throw new NotFoundException(UserText.of("notFound.caller"));
        }
        return caller;
    }

    /**
     * The case the form names: one the adviser may touch, or the open case of the caller they were just shown as
     * a match and are linking (a repeat caller ringing about their case); any other is not found.
     */
    private Case attachable(ContactForm form) {
        Long caseId = form.getFiling().getCaseId();
        CallerPart who = form.getCaller();
        Case named = em.find(Case.class, caseId);
        if (named != null && who.getCallerId() != null && named.getCaller().getId().equals(who.getCallerId())
                && callerAccess.mayLink(who.getCallerId(), who.getCallerToken())) {
            return named;
        }
        return records.find(Case.class, caseId);
    }

    private void fileInCase(ContactForm form, Contact contact, Caller caller, UserAccount me, Instant now) {
        // The form's rules have checked the choice; the entities check again.
        switch (form.getFiling().getCaseChoice()) {
            case NONE -> {
            }
            case OPEN_NEW -> {
                if (caller == null) {
                    throw new InvalidInputException("caseChoice", UserText.of("case.needsCaller"));
                }
                // Dated by the contact it is opened with, which may have started before it is keyed (issue 27).
                Instant datedAt = contact.getStartedAt();
                Case opened = Case.open(caseNumbers.next(datedAt), caller, form.getFiling().getNewCaseTitle(), me,
                        datedAt, now);
                em.persist(opened);
                opened.recordContact(contact, me, now);
            }
            case ATTACH -> {
                if (form.getFiling().getCaseId() == null) {
                    throw new InvalidInputException("caseId", UserText.of("case.choose"));
                }
                Case existing = attachable(form);
                if (caller == null) {
                    throw new InvalidInputException("caseId", UserText.of("case.linkCallerFirst"));
                }
                existing.recordContact(contact, me, now);
            }
        }
    }

    private void raiseRisks(RiskPart form, Contact contact, UserAccount me, Instant now) {
        LocalDate today = LocalDate.now(HelplineTime.CLOCK);
        boolean alerted = false;
        for (RiskKind kind : form.getRisks()) {
            if (form.getRiskLevel() == null) {
                throw new InvalidInputException("riskLevel", UserText.of("risk.level.required"));
            }
            RiskFlag flag = new RiskFlag(kind, form.getRiskLevel(), form.getRiskExpiresOn(), contact, me, now, today);
            em.persist(flag);
            // One alert per contact, for its most serious risk (the kinds are listed most serious first).
            if (kind.alertsSupervisor() && !alerted) {
                em.persist(new SafeguardingAlert(flag, now));
                alerted = true;
            }
        }
        if (alerted) {
            noticeboard.post(me, UserText.of("contact.riskAlerted", HelplineTime.timeAndDay(contact.getStartedAt())),
                    contact.getSupportCase() == null ? null : RecordLink.toCase(contact.getSupportCase().getId()));
        }
    }

    /** The adviser's contact logged with this key, if any; nobody else's keys are looked at. */
    private Optional<Contact> byKey(String idempotencyKey, UserAccount adviser) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from Contact c where c.adviser = :adviser and c.idempotencyKey = :key",
                Contact.class).setParameter("adviser", adviser).setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
    }

    /** The contact a retry asks for again; a different request under its key is refused. */
    private static Contact retried(Contact contact, String fingerprint) {
        if (!contact.wasLoggedFrom(fingerprint)) {
            throw new KeyReusedException();
        }
        return contact;
    }

    private UserAccount me() {
        return staff.account();
    }
}
