package org.helpline.calls;

import java.io.Serializable;

import jakarta.validation.constraints.Size;


/** What to do about a case with this contact: none, open a new one, or add it to one of the caller's. */
public class CasePart implements Serializable {

    private static final long serialVersionUID = 1L;

    private ContactForm.CaseChoice caseChoice = ContactForm.CaseChoice.NONE;
    @Size(max = 200, message = "{case.title.size}")
    private String newCaseTitle;
    private Long caseId;

    public ContactForm.CaseChoice getCaseChoice() {
        return caseChoice;
    }

    public void setCaseChoice(ContactForm.CaseChoice caseChoice) {
        this.caseChoice = caseChoice == null ? ContactForm.CaseChoice.NONE : caseChoice;
    }

    public String getNewCaseTitle() {
        return newCaseTitle;
    }

    public void setNewCaseTitle(String newCaseTitle) {
        this.newCaseTitle = newCaseTitle;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }
}
