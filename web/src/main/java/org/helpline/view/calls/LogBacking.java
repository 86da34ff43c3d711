package org.helpline.view.calls;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.shared.UserText;
import org.helpline.callers.CallerLookup;
import org.helpline.callers.CallerMatch;
import org.helpline.calls.Contact;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.calls.Direction;
import org.helpline.calls.NonDataKind;
import org.helpline.followups.AttemptOutcome;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUpEvent;
import org.helpline.followups.FollowUps;
import org.helpline.information.ArticleCard;
import org.helpline.safeguarding.RiskKind;
import org.helpline.shared.HelplineException;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.NotFoundException;
import org.helpline.view.Messages;

/**
 * {@code calls/log.xhtml}: the form an adviser keeps open while on the phone, and the start of the call it is
 * for, held here so that the timer and the duration survive a refused save. Its parts beside it: the caller
 * ({@link LogCaller}), the phone call ({@link LogCall}), the draft ({@link LogDraft}), topics and information
 * ({@link LogTopics}); every rule is {@link ContactLog}'s.
 */
@Named
@ViewScoped
public class LogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactLog log;

    @Inject
    FollowUps followUps;

    @Inject
    CallerLookup lookup;

    @Inject
    LogCaller caller;

    @Inject
    LogTopics topics;

    private ContactForm form;
    /** When the call started, to the second: the timer counts from it and a draft keeps it. */
    private Instant callStartedAt;
    private Long followUpId;
    /** The caller this contact is with, when opened from their page ({@code ?caller=}). */
    private Long callerId;
    private boolean addressNamesNothing;

    @PostConstruct
    void start() {
        callStartedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        form = new ContactForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.getContact().setStartedAt(callStartedAt);
        form.getContact().setDurationMinutes(0);
        form.getContact().setDurationSeconds(0);
        form.getContact().setCallerType("unknown");
        form.getContact().setOutcome("information-given");
        form.getFollowUp().setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(1).withHour(10).withMinute(0)
                .truncatedTo(ChronoUnit.MINUTES));
    }

    /** Takes up a form brought back from a draft, with the start of its call when the draft kept one. */
    void resume(ContactForm restored, Instant callStart) {
        form = restored;
        if (callStart != null) {
            callStartedAt = callStart;
        } else if (restored.getContact().getStartedAt() != null) {
            callStartedAt = restored.getContact().getStartedAt();
        }
    }

    /** A call the phone system answered: the contact and its timer start when the adviser picked up. */
    void callStarted(Instant answeredAt) {
        callStartedAt = answeredAt.truncatedTo(ChronoUnit.SECONDS);
        form.getContact().setStartedAt(callStartedAt);
    }

    /**
     * Opened from a follow-up the adviser has just reached the caller on ({@code ?followUp=}): an
     * outbound call to that caller, with the reason already in the summary.
     */
    public void prefillFromFollowUp() {
        if (followUpId == null) {
            return;
        }
        try {
            FollowUp followUp = followUps.get(followUpId);
            form.getContact().setDirection(Direction.OUTBOUND);
            String reachedNote = followUp.getHistory().stream()
                    .filter(e -> e.getAttempt() == AttemptOutcome.REACHED && e.getText() != null)
                    .map(FollowUpEvent::getText).findFirst().map(text -> text + "\n").orElse("");
            form.getContact().setSummary(UserText.of("log.followUpSummary", followUp.getReason()) + "\n" + reachedNote);
            if (followUp.getCaller() != null) {
                lookup.get(followUp.getCaller().getId()).ifPresent(caller::linkTo);
            }
            if (followUp.getSupportCase() != null && followUp.getSupportCase().getStatus().isOpen()) {
                form.getFiling().setCaseChoice(ContactForm.CaseChoice.ATTACH);
                form.getFiling().setCaseId(followUp.getSupportCase().getId());
            }
        } catch (HelplineException refusal) {
            addressNamesNothing = refusal instanceof NotFoundException;
            Messages.show(faces(), "log", refusal);
        }
    }

    /**
     * Opened from a caller's page ({@code ?caller=}): a contact with that caller, linked from the start. A
     * caller the adviser may not see is "not found", as everywhere.
     */
    public void prefillFromCaller() {
        if (callerId == null || followUpId != null) {
            return;
        }
        Optional<CallerMatch> found = lookup.get(callerId);
        if (found.isPresent()) {
            caller.linkTo(found.get());
        } else {
            addressNamesNothing = true;
            Messages.show(faces(), "log", new NotFoundException(UserText.of("notFound.caller")));
        }
    }

    /** The follow-up, caller or call in the address is not there (or not the user's): 404 on opening only. */
    public boolean isMissing() {
        return addressNamesNothing && !faces().isPostback();
    }

    void addressNamesNothing() {
        addressNamesNothing = true;
    }

    public String save() {
        List<String> shown = topics.getGivable().stream().map(ArticleCard::code).toList();
        form.getContact().getArticlesGiven().retainAll(shown);
        form.getCaller().setCompletesFollowUps(caller.ticked());
        try {
            Contact saved = log.log(form);
            faces().getExternalContext().getFlash().put(SavedContact.FLASH, SavedContact.of(saved,
                    form.getRisk().getRisks().stream().anyMatch(RiskKind::alertsSupervisor),
                    form.getCaller().getCompletesFollowUps().size()));
            return "/calls/log?faces-redirect=true";
        } catch (HelplineException refusal) {
            Messages.show(faces(), "log", refusal);
            // One done meanwhile by someone else is no longer offered; the other ticks stay.
            caller.readOpenFollowUps();
            return null;
        }
    }

    public String saveNonData(NonDataKind kind) {
        try {
            Integer seconds = form.getContact().totalSeconds();
            log.logNonData(form.getIdempotencyKey(), kind, form.getContact().getChannel(), form.getContact().getLine(),
                    form.getContact().getStartedAt(), Duration.ofSeconds(seconds == null ? 0 : seconds));
            faces().getExternalContext().getFlash().put(SavedContact.FLASH, SavedContact.nonData(kind));
            return "/calls/log?faces-redirect=true";
        } catch (HelplineException refusal) {
            Messages.show(faces(), "log", refusal);
            return null;
        }
    }

    /** The start as typed, in UK time to the minute; the second it was held to stays while the minute does. */
    public LocalDateTime getStartedAt() {
        Instant started = form.getContact().getStartedAt();
        return started == null ? null
                : LocalDateTime.ofInstant(started, HelplineTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
    }

    public void setStartedAt(LocalDateTime typed) {
        if (typed == null) {
            form.getContact().setStartedAt(null);
        } else if (!typed.equals(getStartedAt())) {
            form.getContact().setStartedAt(typed.atZone(HelplineTime.ZONE).toInstant());
        }
    }

    public boolean isRiskToLife() {
        return form.getRisk().getRisks().contains(RiskKind.RISK_TO_LIFE);
    }

    /** When the call started, in milliseconds since 1970, for the page's timer. */
    public long getCallStartedMillis() {
        return callStartedAt.toEpochMilli();
    }

    public Instant getCallStartedAt() {
        return callStartedAt;
    }

    public ContactForm getForm() {
        return form;
    }

    public Long getFollowUpId() {
        return followUpId;
    }

    public void setFollowUpId(Long followUpId) {
        this.followUpId = followUpId;
    }

    public Long getCallerId() {
        return callerId;
    }

    public void setCallerId(Long callerId) {
        this.callerId = callerId;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
