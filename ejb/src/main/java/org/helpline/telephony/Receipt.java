package org.helpline.telephony;

/** What became of an event that passed its signature check. */
public enum Receipt {
    /** Taken in: the call now reflects it. */
    ACCEPTED,
    /** Its id had been received before: nothing changed. */
    DUPLICATE;

    /** The word an API answers with: {@code accepted} or {@code duplicate}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
