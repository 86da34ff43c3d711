package org.helpline.view.callers;

import java.util.Arrays;
import java.util.List;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerDetails;
import org.helpline.callers.PhoneNumber;
import org.helpline.callers.TypedCallerDetails;

/** The caller page's "Edit details" panel, as typed: the phone numbers in one field, separated by commas. */
public class DetailsForm extends TypedCallerDetails {

    private static final long serialVersionUID = 1L;

    private String phones;

    static DetailsForm of(Caller caller) {
        DetailsForm form = new DetailsForm();
        form.setFullName(caller.getFullName());
        form.phones = String.join(", ", caller.getPhones().stream().map(PhoneNumber::display).toList());
        form.setEmail(caller.getEmail());
        form.setPostcodeDistrict(caller.getPostcodeDistrict());
        form.setMsType(caller.getMsType());
        form.setDiagnosisYear(caller.getDiagnosisYear());
        form.setPreferredContactMethod(caller.getPreferredContactMethod());
        form.setPreferredTimes(caller.getPreferredTimes());
        return form;
    }

    CallerDetails details() {
        List<String> numbers = phones == null ? List.of()
                : Arrays.stream(phones.split("[,;]")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        return details(numbers);
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
    }
}
