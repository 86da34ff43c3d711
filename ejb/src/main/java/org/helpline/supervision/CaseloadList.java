package org.helpline.supervision;

/** The columns of the caseload table; each number opens the list it counts. */
public enum CaseloadList {
    OPEN_CASES("Open cases"),
    DUE_TODAY("Follow-ups due today"),
    OVERDUE("Follow-ups overdue"),
    REFERRALS("Referrals awaiting an outcome"),
    CONTACTS("Contacts");

    private final String label;

    CaseloadList(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
