package org.helpline.view.callers;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerDetails;
import org.helpline.callers.ContactMethod;
import org.helpline.callers.MsType;
import org.helpline.callers.PhoneNumber;

/** The caller page's "Edit details" panel, as typed: the phone numbers in one field, separated by commas. */
public class DetailsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String fullName;
    private String phones;
    private String email;
    private String postcodeDistrict;
    private MsType msType;
    private Integer diagnosisYear;
    private ContactMethod preferredContactMethod;
    private String preferredTimes;

    static DetailsForm of(Caller caller) {
        DetailsForm form = new DetailsForm();
        form.fullName = caller.getFullName();
        form.phones = String.join(", ", caller.getPhones().stream().map(PhoneNumber::display).toList());
        form.email = caller.getEmail();
        form.postcodeDistrict = caller.getPostcodeDistrict();
        form.msType = caller.getMsType();
        form.diagnosisYear = caller.getDiagnosisYear();
        form.preferredContactMethod = caller.getPreferredContactMethod();
        form.preferredTimes = caller.getPreferredTimes();
        return form;
    }

    CallerDetails details() {
        List<String> numbers = phones == null ? List.of()
                : Arrays.stream(phones.split("[,;]")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        return new CallerDetails(fullName, numbers, email, postcodeDistrict, msType, diagnosisYear,
                preferredContactMethod, preferredTimes);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
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
