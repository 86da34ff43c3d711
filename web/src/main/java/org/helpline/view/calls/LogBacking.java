package org.helpline.view.calls;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.callers.CallerLookup;
import org.helpline.callers.PhoneNumber;
import org.helpline.callers.CallerMatch;
import org.helpline.callers.ContactMethod;
import org.helpline.callers.CallerType;
import org.helpline.callers.MsType;
import org.helpline.calls.Channel;
import org.helpline.calls.Contact;
import org.helpline.calls.ContactDraft;
import org.helpline.calls.ContactDrafts;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.calls.ContactOptions;
import org.helpline.calls.Direction;
import org.helpline.calls.HelplineLine;
import org.helpline.calls.NonDataKind;
import org.helpline.calls.Outcome;
import org.helpline.followups.AttemptOutcome;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUpEvent;
import org.helpline.followups.FollowUpKind;
import org.helpline.followups.FollowUps;
import org.helpline.followups.OpenFollowUp;
import org.helpline.information.ArticleCard;
import org.helpline.information.InformationLibrary;
import org.helpline.resources.ResourceDirectory;
import org.helpline.resources.SupportService;
import org.helpline.safeguarding.RiskKind;
import org.helpline.safeguarding.RiskLevel;
import org.helpline.shared.HelplineException;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Scripts;
import org.helpline.telephony.ScreenPop;
import org.helpline.telephony.Telephony;
import org.helpline.topics.TopicChoice;
import org.helpline.topics.TopicCatalogue;
import org.helpline.view.Formats;
import org.helpline.view.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;

/**
 * {@code calls/log.xhtml}: the form an adviser keeps open while on the phone. It holds the form and
 * the caller matches; every rule is {@link ContactLog}'s.
 */
@Named
@ViewScoped
public class LogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactLog log;

    @Inject
    ContactOptions options;

    @Inject
    CallerLookup lookup;

    @Inject
    TopicCatalogue topics;

    @Inject
    Scripts scripts;

    @Inject
    ContactDrafts drafts;

    @Inject
    FollowUps followUps;

    @Inject
    ResourceDirectory directory;

    @Inject
    InformationLibrary library;

    @Inject
    Telephony telephony;

    private ContactForm form;
    private LocalDateTime startedAt;
    private List<CallerMatch> matches = List.of();
    private CallerMatch linked;
    /** The linked caller's open follow-ups, to tick those this call dealt with; and the ticks, by id. */
    private List<OpenFollowUp> openFollowUps = List.of();
    private final HashMap<Long, Boolean> doneByCall = new HashMap<>();
    private final Map<String, String> topicLabels = new LinkedHashMap<>();
    private String topicQuery;
    private ContactDraft pendingDraft;
    private Long followUpId;
    /** The caller this contact is with, when opened from their page ({@code ?caller=}). */
    private Long callerId;
    /** The phone call this contact is for, when the phone system popped it up ({@code ?call=}). */
    private Long callId;
    private boolean addressNamesNothing;
    private ScreenPop call;
    /** The short lists, read once per view: getters run several times per request. */
    private List<Channel> channels;
    private List<HelplineLine> lines;
    private List<CallerType> callerTypes;
    private List<Outcome> outcomes;
    private String draftKeptAt;
    private List<ArticleCard> alerts;
    private List<ArticleCard> articles = List.of();
    private List<String> articlesFor;

    @PostConstruct
    void start() {
        channels = options.channels();
        lines = options.lines();
        callerTypes = options.callerTypes();
        outcomes = options.outcomes();
        alerts = library.activeAlerts();
        form = new ContactForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        startedAt = LocalDateTime.now(HelplineTime.CLOCK).truncatedTo(ChronoUnit.MINUTES);
        form.setDurationMinutes(0);
        form.setDurationSeconds(0);
        form.setCallerType("unknown");
        form.setOutcome("information-given");
        matches = List.of();
        linked = null;
        form.getFollowUp().setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(1).withHour(10).withMinute(0)
                .truncatedTo(ChronoUnit.MINUTES));
        pendingDraft = drafts.latestMine().orElse(null);
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
            form.setDirection(Direction.OUTBOUND);
            String reachedNote = followUp.getHistory().stream()
                    .filter(e -> e.getAttempt() == AttemptOutcome.REACHED && e.getText() != null)
                    .map(FollowUpEvent::getText).findFirst().map(text -> text + "\n").orElse("");
            form.setSummary("Follow-up: " + followUp.getReason() + "\n" + reachedNote);
            if (followUp.getCaller() != null) {
                lookup.get(followUp.getCaller().getId()).ifPresent(this::linkTo);
            }
            if (followUp.getSupportCase() != null && followUp.getSupportCase().getStatus().isOpen()) {
                form.setCaseChoice(ContactForm.CaseChoice.ATTACH);
                form.setCaseId(followUp.getSupportCase().getId());
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
        Optional<CallerMatch> caller = lookup.get(callerId);
        if (caller.isPresent()) {
            linkTo(caller.get());
        } else {
            addressNamesNothing = true;
            Messages.show(faces(), "log", new NotFoundException("Caller"));
        }
    }

    public Long getCallerId() {
        return callerId;
    }

    public void setCallerId(Long callerId) {
        this.callerId = callerId;
    }

    /**
     * Whether the follow-up or call in the address is not there (or not the user's to see): the page says so
     * with 404, on the request that opened it only; the form stays usable for another contact.
     */
    public boolean isMissing() {
        return addressNamesNothing && !faces().isPostback();
    }

    /**
     * Opened for a call the adviser just answered ({@code ?call=}): an inbound phone call on its line,
     * started when they picked up, with the caller's number in the phone field so that a repeat caller
     * shows at once. A withheld number leaves an anonymous form.
     */
    public void prefillFromCall() {
        call = null;
        if (!readCall(true)) {
            return;
        }
        form.setChannel("phone");
        form.setDirection(Direction.INBOUND);
        if (call.lineCode() != null) {
            form.setLine(call.lineCode());
        }
        if (call.startedAt() != null) {
            startedAt = LocalDateTime.ofInstant(call.startedAt(), HelplineTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        }
        fillDuration();
        if (call.callerNumber() != null) {
            form.setPhone(PhoneNumber.display(call.callerNumber()));
            findByPhone();
        } else if (call.withheld()) {
            Messages.info(faces(), "The caller withheld their number. Unless they give their details, this is an "
                    + "anonymous contact.");
        }
    }

    /**
     * A call answered while this form stood empty (calls.js sends its id as {@code call}): the form takes
     * it in place, without loading the page again, and tells the page its id and times.
     */
    public void answer() {
        String id = faces().getExternalContext().getRequestParameterMap().get("call");
        try {
            callId = Long.valueOf(id);
        } catch (NumberFormatException notAnId) {
            return;
        }
        linked = null;
        matches = List.of();
        form.setCallerId(null);
        form.setCallerToken(null);
        form.setPhone(null);
        readOpenFollowUps();
        prefillFromCall();
        if (call != null) {
            PrimeFaces.current().ajax().addCallbackParam("call", callId);
            PrimeFaces.current().ajax().addCallbackParam("answeredAt", getCallAnsweredMillis());
            if (call.ended()) {
                sendDuration();
            }
        }
    }

    /** Told that the call ended: its length goes into the duration, for the page to show. */
    public void callEnded() {
        if (readCall(false) && fillDuration()) {
            sendDuration();
        }
    }

    /** The call's length, as filled into the form, for the page to show. */
    private void sendDuration() {
        PrimeFaces.current().ajax().addCallbackParam("minutes", form.getDurationMinutes());
        PrimeFaces.current().ajax().addCallbackParam("seconds", form.getDurationSeconds());
    }

    /** Reads the call this form is for, if it has one; a refusal is shown on opening, not on a later check. */
    private boolean readCall(boolean showRefusal) {
        if (callId == null) {
            return false;
        }
        try {
            call = telephony.screenPop(callId);
            return true;
        } catch (HelplineException refusal) {
            if (showRefusal) {
                addressNamesNothing = refusal instanceof NotFoundException;
                Messages.show(faces(), "log", refusal);
            }
            return false;
        }
    }

    private boolean fillDuration() {
        if (!call.ended()) {
            return false;
        }
        form.setDurationMinutes(call.durationSeconds() / 60);
        form.setDurationSeconds(call.durationSeconds() % 60);
        return true;
    }

    /** When the call was answered, in milliseconds since 1970, for the page's call timer; empty without a call. */
    public String getCallAnsweredMillis() {
        return call == null || call.startedAt() == null ? "" : Long.toString(call.startedAt().toEpochMilli());
    }

    public boolean isCallEnded() {
        return call != null && call.ended();
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    /** Called every few seconds while the adviser types: keeps what the form holds, valid or not. */
    public void autosave() {
        String fields = DraftFields.capture(faces().getExternalContext().getRequestParameterValuesMap(), "log",
                form.getTopics(), form.getCallerId(), form.getCallerToken());
        try {
            drafts.keep(form.getIdempotencyKey(), fields);
            draftKeptAt = Formats.time(Instant.now());
        } catch (HelplineException refusal) {
            draftKeptAt = null;
        }
    }

    /** Brings back the unsaved contact the adviser left, to finish and save. */
    public void restoreDraft() {
        if (pendingDraft == null) {
            return;
        }
        form = new ContactForm();
        form.setIdempotencyKey(pendingDraft.getIdempotencyKey());
        LocalDateTime typed = DraftFields.restore(pendingDraft.getFields(), form);
        startedAt = typed != null ? typed : startedAt;
        if (form.getCallerId() != null) {
            linked = lookup.get(form.getCallerId(), form.getCallerToken()).orElse(null);
            if (linked == null) {
                form.setCallerId(null);
                form.setCallerToken(null);
            }
        }
        // The ticks are not kept in a draft (DraftFields keeps the fields it lists): the list is offered afresh.
        doneByCall.clear();
        readOpenFollowUps();
        completeTopicLabels();
        pendingDraft = null;
        Messages.info(faces(), "Your unsaved contact is back. Check it and save it.");
    }

    public void discardDraft() {
        if (pendingDraft != null) {
            drafts.discard(pendingDraft.getIdempotencyKey());
            pendingDraft = null;
        }
    }

    private void completeTopicLabels() {
        for (String code : form.getTopics()) {
            if (!topicLabels.containsKey(code)) {
                topics.complete("", 200).forEach(choice -> topicLabels.put(choice.code(), choice.label()));
                return;
            }
        }
    }

    /** Looks for repeat callers as the adviser types a phone number, name or email. */
    public void findCaller(String typed) {
        if (linked == null && typed != null && typed.strip().length() >= 2) {
            matches = lookup.find(typed);
        }
    }

    public void findByPhone() {
        findCaller(form.getPhone());
    }

    public void findByName() {
        findCaller(form.getFullName());
    }

    public void findByEmail() {
        findCaller(form.getEmail());
    }

    /** Links this contact to a caller from the matches. */
    public void link(long callerId) {
        matches.stream().filter(m -> m.id() == callerId).findFirst()
                .flatMap(m -> lookup.get(m.id(), m.token())).ifPresent(this::linkTo);
    }

    /** Starts the contact from how the caller last described themselves, unless the adviser chose already. */
    private void linkTo(CallerMatch m) {
        linked = m;
        form.setCallerId(m.id());
        form.setCallerToken(m.token());
        form.setConsentGiven(false);
        if ("unknown".equals(form.getCallerType()) && m.lastCallerType() != null) {
            form.setCallerType(m.lastCallerType());
        }
        doneByCall.clear();
        readOpenFollowUps();
    }

    /**
     * Reads the linked caller's open follow-ups again (none without a caller), keeping the ticks of those still
     * open. One the adviser may not work on is simply not offered.
     */
    private void readOpenFollowUps() {
        openFollowUps = List.of();
        if (linked != null) {
            try {
                openFollowUps = followUps.openFor(linked.id(), form.getCallerToken());
            } catch (HelplineException | jakarta.ejb.EJBAccessException notOffered) {
                openFollowUps = List.of();
            }
        }
        doneByCall.keySet().retainAll(openFollowUps.stream().map(OpenFollowUp::id).toList());
    }

    /** The linked caller's open follow-ups, soonest due first. */
    public List<OpenFollowUp> getOpenFollowUps() {
        return openFollowUps;
    }

    /** Whether each follow-up offered is ticked "Done by this call", by its id. */
    public Map<Long, Boolean> getDoneByCall() {
        return doneByCall;
    }

    /** Alt+L: links the first match, looking again with what is typed if the list is not there yet. */
    public void linkFirst() {
        if (matches.isEmpty()) {
            for (String typed : new String[] {form.getPhone(), form.getEmail(), form.getFullName()}) {
                findCaller(typed);
                if (!matches.isEmpty()) {
                    break;
                }
            }
        }
        if (matches.isEmpty()) {
            Messages.info(faces(), "No caller matches what you typed yet.");
            return;
        }
        link(matches.get(0).id());
    }

    public void unlink() {
        linked = null;
        doneByCall.clear();
        readOpenFollowUps();
        form.setCallerId(null);
        form.setCaseChoice(ContactForm.CaseChoice.NONE);
        form.setCaseId(null);
    }

    public List<String> completeTopic(String typed) {
        List<String> codes = new ArrayList<>();
        for (TopicChoice choice : topics.complete(typed, 12)) {
            topicLabels.put(choice.code(), choice.label());
            codes.add(choice.code());
        }
        return codes;
    }

    public void addTopic(SelectEvent<String> selected) {
        String code = selected.getObject();
        if (code != null && !form.getTopics().contains(code)) {
            form.getTopics().add(code);
        }
        topicQuery = null;
    }

    public void removeTopic(String code) {
        form.getTopics().remove(code);
        faces().getPartialViewContext().getEvalScripts().add("document.getElementById('log:topics_input').focus()");
    }

    public String getTopicQuery() {
        return topicQuery;
    }

    public void setTopicQuery(String topicQuery) {
        this.topicQuery = topicQuery;
    }

    public String topicLabel(String code) {
        return topicLabels.getOrDefault(code, code);
    }

    /** Published articles for the topics chosen so far; read again only when the topics change. */
    public List<ArticleCard> getArticles() {
        if (!form.getTopics().equals(articlesFor)) {
            articlesFor = List.copyOf(form.getTopics());
            articles = library.forTopics(articlesFor);
        }
        return articles;
    }

    public List<ArticleCard> getAlerts() {
        return alerts;
    }

    /** What the adviser can tick as given: the articles for these topics, then the scam alerts. */
    public List<ArticleCard> getGivable() {
        List<ArticleCard> givable = new ArrayList<>(getArticles());
        givable.addAll(alerts);
        return givable;
    }

    public String save() {
        List<String> shown = getGivable().stream().map(ArticleCard::code).toList();
        form.getArticlesGiven().retainAll(shown);
        form.setStartedAt(startedAt == null ? null : startedAt.atZone(HelplineTime.ZONE).toInstant());
        form.setCompletesFollowUps(openFollowUps.stream().map(OpenFollowUp::id)
                .filter(id -> Boolean.TRUE.equals(doneByCall.get(id))).toList());
        try {
            Contact saved = log.log(form);
            String caseNote = saved.getSupportCase() == null ? "" : " on case " + saved.getSupportCase().getNumber();
            faces().getExternalContext().getFlash().setKeepMessages(true);
            String alerted = form.getRisks().stream().anyMatch(RiskKind::alertsSupervisor)
                    ? " Supervisors have been alerted to the risk." : "";
            int done = form.getCompletesFollowUps().size();
            String completed = done == 0 ? "" : done == 1 ? " 1 follow-up is done." : " " + done + " follow-ups are done.";
            Messages.info(faces(), "Contact saved" + caseNote + "." + completed + alerted + " Ready for the next one.");
            return "/calls/log?faces-redirect=true";
        } catch (HelplineException refusal) {
            Messages.show(faces(), "log", refusal);
            // One done meanwhile by someone else is no longer offered; the other ticks stay.
            readOpenFollowUps();
            return null;
        }
    }

    public String saveNonData(NonDataKind kind) {
        try {
            log.logNonData(form.getIdempotencyKey(), kind, form.getChannel(), form.getLine(),
                    startedAt == null ? null : startedAt.atZone(HelplineTime.ZONE).toInstant(),
                    Duration.ofSeconds(form.totalSeconds() == null ? 0 : form.totalSeconds()));
            faces().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(faces(), kind.label() + " logged. Ready for the next one.");
            return "/calls/log?faces-redirect=true";
        } catch (HelplineException refusal) {
            Messages.show(faces(), "log", refusal);
            return null;
        }
    }

    public boolean isRiskToLife() {
        return form.getRisks().contains(RiskKind.RISK_TO_LIFE);
    }

    public Scripts.Script getConsentScript() {
        return scripts.get(Scripts.CONSENT);
    }

    /** Services matching the topics chosen so far, then every other service taking referrals. */
    public List<SupportService> getServicesToOffer() {
        List<SupportService> offer = new ArrayList<>(directory.suggestedFor(form.getTopics()));
        directory.referrable().stream().filter(s -> offer.stream().noneMatch(o -> o.getCode().equals(s.getCode())))
                .forEach(offer::add);
        return offer;
    }

    public List<SupportService> getCrisisLines() {
        return directory.crisisLines();
    }

    public Scripts.Script getRiskScript() {
        return scripts.get(Scripts.RISK_TO_LIFE);
    }

    public Long getFollowUpId() {
        return followUpId;
    }

    public void setFollowUpId(Long followUpId) {
        this.followUpId = followUpId;
    }

    public ContactDraft getPendingDraft() {
        return pendingDraft;
    }

    public String getPendingDraftTime() {
        return pendingDraft == null ? "" : Formats.dateTime(pendingDraft.getUpdatedAt());
    }

    public String getDraftKeptAt() {
        return draftKeptAt;
    }

    public ContactForm getForm() {
        return form;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public List<CallerMatch> getMatches() {
        return matches;
    }

    public CallerMatch getLinked() {
        return linked;
    }

    public List<Channel> getChannels() {
        return channels;
    }

    public List<HelplineLine> getLines() {
        return lines;
    }

    public List<CallerType> getCallerTypes() {
        return callerTypes;
    }

    public List<Outcome> getOutcomes() {
        return outcomes;
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public MsType[] getMsTypes() {
        return MsType.values();
    }

    public ContactMethod[] getContactMethods() {
        return ContactMethod.values();
    }

    public Set<RiskKind> getRiskKinds() {
        return EnumSet.allOf(RiskKind.class);
    }

    public RiskLevel[] getRiskLevels() {
        return RiskLevel.values();
    }

    public FollowUpKind[] getFollowUpKinds() {
        return FollowUpKind.values();
    }

    public NonDataKind[] getNonDataKinds() {
        return NonDataKind.values();
    }

    public ContactForm.CaseChoice[] getCaseChoices() {
        return ContactForm.CaseChoice.values();
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
