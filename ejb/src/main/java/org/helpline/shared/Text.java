package org.helpline.shared;

/** The rules for text people type into a record: trimmed, blank means absent, and never longer than its column. */
public final class Text {

    private Text() {
    }

    /** {@code value} trimmed; refused with {@code message} at {@code field} when blank, or when over {@code max}. */
    public static String required(String value, String field, String message, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new InvalidInputException(field, message);
        }
        return text;
    }

    /** {@code value} trimmed, or null when blank; refused at {@code field} when over {@code max} characters. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, UserText.of("text.tooLong", max));
        }
        return text;
    }
}
