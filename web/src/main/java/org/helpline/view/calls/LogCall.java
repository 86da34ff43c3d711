package org.helpline.view.calls;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.shared.UserText;
import org.helpline.callers.PhoneNumber;
import org.helpline.calls.Direction;
import org.helpline.shared.HelplineException;
import org.helpline.shared.NotFoundException;
import org.helpline.telephony.ScreenPop;
import org.helpline.telephony.Telephony;
import org.helpline.view.Messages;
import org.primefaces.PrimeFaces;

/**
 * The phone call the contact form is for, when the phone system popped it up ({@code ?call=}, or answered while
 * the form stood empty): its line, its start (the form's timer counts from it) and, once it ends, its length.
 */
@Named
@ViewScoped
public class LogCall implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Telephony telephony;

    @Inject
    LogBacking page;

    @Inject
    LogCaller caller;

    private Long callId;
    private ScreenPop call;

    /**
     * Opened for a call the adviser just answered: an inbound phone call on its line, started when they picked
     * up, with the caller's number in the phone field so that a repeat caller shows at once. A withheld number
     * leaves an anonymous form.
     */
    public void prefillFromCall() {
        call = null;
        if (!readCall(true)) {
            return;
        }
        var contact = page.getForm().getContact();
        contact.setChannel("phone");
        contact.setDirection(Direction.INBOUND);
        if (call.lineCode() != null) {
            contact.setLine(call.lineCode());
        }
        if (call.startedAt() != null) {
            page.callStarted(call.startedAt());
        }
        fillDuration();
        if (call.callerNumber() != null) {
            page.getForm().getCaller().setPhone(PhoneNumber.display(call.callerNumber()));
            caller.findByPhone();
        } else if (call.withheld()) {
            Messages.info(LogBacking.faces(), UserText.of("log.withheld"));
        }
    }

    /**
     * A call answered while this form stood empty (calls.js sends its id as {@code call}): the form takes
     * it in place, without loading the page again, and tells the page its id and times.
     */
    public void answer() {
        String id = LogBacking.faces().getExternalContext().getRequestParameterMap().get("call");
        try {
            callId = Long.valueOf(id);
        } catch (NumberFormatException notAnId) {
            return;
        }
        caller.clear();
        prefillFromCall();
        if (call != null) {
            PrimeFaces.current().ajax().addCallbackParam("call", callId);
            PrimeFaces.current().ajax().addCallbackParam("answeredAt", page.getCallStartedMillis());
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

    private void sendDuration() {
        var contact = page.getForm().getContact();
        PrimeFaces.current().ajax().addCallbackParam("minutes", contact.getDurationMinutes());
        PrimeFaces.current().ajax().addCallbackParam("seconds", contact.getDurationSeconds());
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
                if (refusal instanceof NotFoundException) {
                    page.addressNamesNothing();
                }
                Messages.show(LogBacking.faces(), "log", refusal);
            }
            return false;
        }
    }

    private boolean fillDuration() {
        if (!call.ended()) {
            return false;
        }
        page.getForm().getContact().setDurationMinutes(call.durationSeconds() / 60);
        page.getForm().getContact().setDurationSeconds(call.durationSeconds() % 60);
        return true;
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
}
