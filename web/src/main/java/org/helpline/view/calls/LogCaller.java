package org.helpline.view.calls;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.shared.UserText;
import org.helpline.callers.CallerLookup;
import org.helpline.callers.CallerMatch;
import org.helpline.calls.CallerPart;
import org.helpline.calls.ContactForm;
import org.helpline.followups.FollowUps;
import org.helpline.followups.OpenFollowUp;
import org.helpline.shared.HelplineException;
import org.helpline.view.Messages;

/**
 * The caller part of the contact form: the repeat callers that match what is typed, the one linked, and their
 * open follow-ups to tick as done by this call.
 */
@Named
@ViewScoped
public class LogCaller implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerLookup lookup;

    @Inject
    FollowUps followUps;

    @Inject
    LogBacking page;

    private List<CallerMatch> matches = List.of();
    private CallerMatch linked;
    /** The linked caller's open follow-ups, to tick those this call dealt with; and the ticks, by id. */
    private List<OpenFollowUp> openFollowUps = List.of();
    private final HashMap<Long, Boolean> doneByCall = new HashMap<>();

    private CallerPart part() {
        return page.getForm().getCaller();
    }

    /** Looks for repeat callers as the adviser types a phone number, name or email. */
    public void findCaller(String typed) {
        if (linked == null && typed != null && typed.strip().length() >= 2) {
            matches = lookup.find(typed);
        }
    }

    public void findByPhone() {
        findCaller(part().getPhone());
    }

    public void findByName() {
        findCaller(part().getFullName());
    }

    public void findByEmail() {
        findCaller(part().getEmail());
    }

    /** Links this contact to a caller from the matches. */
    public void link(long callerId) {
        matches.stream().filter(m -> m.id() == callerId).findFirst()
                .flatMap(m -> lookup.get(m.id(), m.token())).ifPresent(this::linkTo);
    }

    /** Alt+L: links the first match, looking again with what is typed if the list is not there yet. */
    public void linkFirst() {
        if (matches.isEmpty()) {
            for (String typed : new String[] {part().getPhone(), part().getEmail(), part().getFullName()}) {
                findCaller(typed);
                if (!matches.isEmpty()) {
                    break;
                }
            }
        }
        if (matches.isEmpty()) {
            Messages.info(LogBacking.faces(), UserText.of("log.noMatch"));
            return;
        }
        link(matches.get(0).id());
    }

    /** Starts the contact from how the caller last described themselves, unless the adviser chose already. */
    void linkTo(CallerMatch m) {
        linked = m;
        part().setCallerId(m.id());
        part().setCallerToken(m.token());
        part().setConsentGiven(false);
        var contact = page.getForm().getContact();
        if ("unknown".equals(contact.getCallerType()) && m.lastCallerType() != null) {
            contact.setCallerType(m.lastCallerType());
        }
        doneByCall.clear();
        readOpenFollowUps();
    }

    public void unlink() {
        linked = null;
        doneByCall.clear();
        readOpenFollowUps();
        part().setCallerId(null);
        part().setCallerToken(null);
        page.getForm().getFiling().setCaseChoice(ContactForm.CaseChoice.NONE);
        page.getForm().getFiling().setCaseId(null);
    }

    /** Forgets the matches and the link, for a call taken in place. */
    void clear() {
        linked = null;
        matches = List.of();
        part().setCallerId(null);
        part().setCallerToken(null);
        part().setPhone(null);
        readOpenFollowUps();
    }

    /**
     * The caller a restored draft names, if the adviser may still link them; the follow-ups it ticked stay
     * ticked while they are open.
     */
    void relink() {
        linked = null;
        if (part().getCallerId() != null) {
            linked = lookup.get(part().getCallerId(), part().getCallerToken()).orElse(null);
            if (linked == null) {
                part().setCallerId(null);
                part().setCallerToken(null);
            }
        }
        doneByCall.clear();
        part().getCompletesFollowUps().forEach(id -> doneByCall.put(id, true));
        readOpenFollowUps();
    }

    /**
     * Reads the linked caller's open follow-ups again (none without a caller), keeping the ticks of those still
     * open. One the adviser may not work on is simply not offered.
     */
    void readOpenFollowUps() {
        openFollowUps = List.of();
        if (linked != null) {
            try {
                openFollowUps = followUps.openFor(linked.id(), part().getCallerToken());
            } catch (HelplineException | EJBAccessException notOffered) {
                openFollowUps = List.of();
            }
        }
        doneByCall.keySet().retainAll(openFollowUps.stream().map(OpenFollowUp::id).toList());
    }

    /** The ids of the follow-ups ticked "Done by this call", in the order offered. */
    List<Long> ticked() {
        return openFollowUps.stream().map(OpenFollowUp::id).filter(id -> Boolean.TRUE.equals(doneByCall.get(id))).toList();
    }

    public List<OpenFollowUp> getOpenFollowUps() {
        return openFollowUps;
    }

    public Map<Long, Boolean> getDoneByCall() {
        return doneByCall;
    }

    public List<CallerMatch> getMatches() {
        return matches;
    }

    public CallerMatch getLinked() {
        return linked;
    }
}
