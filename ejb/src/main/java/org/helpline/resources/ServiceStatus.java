package org.helpline.resources;

/** Whether advisers can refer to a service now. */
public enum ServiceStatus {
    ACTIVE("Active"),
    TEMPORARILY_CLOSED("Temporarily closed"),
    INACTIVE("Retired");

    private final String label;

    ServiceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
