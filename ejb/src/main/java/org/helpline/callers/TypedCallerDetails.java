package org.helpline.callers;

import java.io.Serializable;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A caller's details as an adviser types them, everything but the phone numbers, which each form takes its own
 * way: the contact form's caller part (a phone and another phone) and the caller page's "Edit details" (one list).
 */
public abstract class TypedCallerDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 200, message = "{caller.fullName.size}")
    private String fullName;
    private String email;
    private String postcodeDistrict;
    private MsType msType;
    private Integer diagnosisYear;
    private ContactMethod preferredContactMethod;
    @Size(max = 200, message = "{caller.preferredTimes.size}")
    private String preferredTimes;

    /** The details with these phone numbers, as typed, for {@link CallerDetails#validated()} to check. */
    protected CallerDetails details(List<String> phones) {
        return new CallerDetails(fullName, phones, email, postcodeDistrict, msType, diagnosisYear,
                preferredContactMethod, preferredTimes);
    }

    /** Whether any of these details (the phone numbers aside) was typed. */
    protected boolean anyTyped() {
        return notBlank(fullName) || notBlank(email) || notBlank(postcodeDistrict) || msType != null
                || diagnosisYear != null || preferredContactMethod != null || notBlank(preferredTimes);
    }

    protected static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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
}
