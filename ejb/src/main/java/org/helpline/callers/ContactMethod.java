package org.helpline.callers;

/** How a caller prefers us to get back to them. */
public enum ContactMethod {
    PHONE("Phone"),
    EMAIL("Email"),
    LETTER("Letter"),
    TEXT_MESSAGE("Text message");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
