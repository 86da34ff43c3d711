package org.helpline.calls;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.helpline.callers.CallerDetails;
import org.helpline.callers.ContactMethod;
import org.helpline.callers.MsType;

/**
 * Who the contact is with: a caller linked from the look-up (with the token it gave), or a new caller's details
 * with their consent; and which of a linked caller's open follow-ups this contact dealt with.
 */
public class CallerPart implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long callerId;
    /** From the match the adviser linked: proof they were shown this caller (see CallerAccess). */
    private String callerToken;
    private boolean consentGiven;
    @Size(max = 200, message = "{caller.fullName.size}")
    private String fullName;
    private String phone;
    private String otherPhone;
    private String email;
    private String postcodeDistrict;
    private MsType msType;
    private Integer diagnosisYear;
    private ContactMethod preferredContactMethod;
    @Size(max = 200, message = "{caller.preferredTimes.size}")
    private String preferredTimes;
    /** Ids of the caller's open follow-ups this contact dealt with ("done by this call"), in the order chosen. */
    private List<Long> completesFollowUps = new ArrayList<>();

    /** Whether any caller detail was typed. */
    public boolean hasDetails() {
        return notBlank(fullName) || notBlank(phone) || notBlank(otherPhone) || notBlank(email)
                || notBlank(postcodeDistrict) || msType != null || diagnosisYear != null
                || preferredContactMethod != null || notBlank(preferredTimes);
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
        return new CallerDetails(fullName, phones, email, postcodeDistrict, msType, diagnosisYear,
                preferredContactMethod, preferredTimes);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
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

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPostcodeDistrict() {
        return postcodeDistrict;
    }

    public void setPostcodeDistrict(String postcodeDistrict) {
        this.postcodeDistrict = postcodeDistrict;
    }

    public MsType getMsType() {
        return msType;
    }

    public void setMsType(MsType msType) {
        this.msType = msType;
    }

    public Integer getDiagnosisYear() {
        return diagnosisYear;
    }

    public void setDiagnosisYear(Integer diagnosisYear) {
        this.diagnosisYear = diagnosisYear;
    }

    public ContactMethod getPreferredContactMethod() {
        return preferredContactMethod;
    }

    public void setPreferredContactMethod(ContactMethod preferredContactMethod) {
        this.preferredContactMethod = preferredContactMethod;
    }

    public String getPreferredTimes() {
        return preferredTimes;
    }

    public void setPreferredTimes(String preferredTimes) {
        this.preferredTimes = preferredTimes;
    }

    public List<Long> getCompletesFollowUps() {
        return completesFollowUps;
    }

    public void setCompletesFollowUps(List<Long> completesFollowUps) {
        this.completesFollowUps = completesFollowUps == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(completesFollowUps));
    }
}
