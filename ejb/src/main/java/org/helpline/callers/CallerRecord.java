package org.helpline.callers;

/**
 * A record that holds something of a caller's: a contact, a case, a follow-up, a referral, a risk flag, a
 * safeguarding alert, a quality review, and the caller themselves. Whoever may not see the caller may not see
 * or change any of these; {@link CallerRecords} is the one place that rule is applied.
 */
public interface CallerRecord {

    /** The caller it is about, or null: an anonymous contact, a callback to a number alone. */
    Caller getCaller();

    /**
     * For a record with no caller: whether the account with {@code accountId} may see it, beyond those who
     * see every record. By default anyone whose role lets them use the service that holds it may.
     */
    default boolean openWithoutCaller(long accountId) {
        return true;
    }

    /**
     * Whether the record waits in a team queue for anyone to take (an email enquiry nobody has answered yet):
     * then anyone whose role lets them use the service that holds it may see it, whoever it is about, as a case
     * or follow-up in the team queue lets them see its caller.
     */
    default boolean openToTeam() {
        return false;
    }

    /**
     * Whether the account with {@code accountId} holds this record as its worker (the adviser who took an email
     * enquiry): they may see it, and only it, whoever it is about.
     */
    default boolean heldBy(long accountId) {
        return false;
    }
}
