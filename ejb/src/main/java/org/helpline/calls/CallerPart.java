package org.helpline.calls;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.helpline.callers.CallerDetails;
import org.helpline.callers.TypedCallerDetails;

/**
 * Who the contact is with: a caller linked from the look-up (with the token it gave), or a new caller's details
 * with their consent; and which of a linked caller's open follow-ups this contact dealt with.
 */
public class CallerPart extends TypedCallerDetails {

    private static final long serialVersionUID = 1L;

    private Long callerId;
    /** From the match the adviser linked: proof they were shown this caller (see CallerAccess). */
    private String callerToken;
    private boolean consentGiven;
    private String phone;
    private String otherPhone;
    /** Ids of the caller's open follow-ups this contact dealt with ("done by this call"), in the order chosen. */
    private List<Long> completesFollowUps = new ArrayList<>();

    /** Whether any caller detail was typed. */
    public boolean hasDetails() {
        return anyTyped() || notBlank(phone) || notBlank(otherPhone);
    }

    /** Whether this contact will have a caller: one linked, or new details kept with consent. */
    public boolean willHaveCaller() {
        return callerId != null || consentGiven && hasDetails();
    }

    public CallerDetails details() {
        List<String> phones = new ArrayList<>();
        if (notBlank(phone)) {
            phones.add(phone);
        }
        if (notBlank(otherPhone)) {
            phones.add(otherPhone);
        }
        return details(phones);
    }

    public Long getCallerId() {
        return callerId;
    }

    public void setCallerId(Long callerId) {
        this.callerId = callerId;
    }

    public String getCallerToken() {
        return callerToken;
    }

    public void setCallerToken(String callerToken) {
        this.callerToken = callerToken;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOtherPhone() {
        return otherPhone;
    }

    public void setOtherPhone(String otherPhone) {
        this.otherPhone = otherPhone;
    }

    public List<Long> getCompletesFollowUps() {
        return completesFollowUps;
    }

    public void setCompletesFollowUps(List<Long> completesFollowUps) {
        this.completesFollowUps = completesFollowUps == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(completesFollowUps));
    }
}
