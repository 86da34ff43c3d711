package org.helpline.calls;

/**
 * Contacts that carry no enquiry: counted, but apart from real contacts. Each has a key an adviser
 * presses to log it in two keystrokes.
 */
public enum NonDataKind {
    SILENT("Silent call", 's'),
    WRONG_NUMBER("Wrong number", 'w'),
    HANG_UP("Hang-up", 'h'),
    ABUSIVE("Abusive", 'a'),
    TEST("Test call", 't');

    private final String label;
    private final char key;

    NonDataKind(String label, char key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    public char key() {
        return key;
    }
}
