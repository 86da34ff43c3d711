package org.helpline.callers;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A caller who matches what the adviser is typing, with what the adviser needs to see at a glance:
 * recent contacts, open cases, referrals under way and active risk flags; and how they last described themselves (caller
 * type code), to start the new contact from. When the adviser is not {@code identified} with the caller
 * (not working with them, see {@link CallerAccess}) the match is masked: initials for the name, the last
 * digits of the phone, no email, postcode, summaries or case titles; the risks stay, for safety. The
 * {@code token} lets the adviser link the caller to the contact, which shows them in full.
 */
public record CallerMatch(
        long id,
        long version,
        String displayName,
        List<String> phones,
        String email,
        String postcodeDistrict,
        List<RecentContact> lastContacts,
        List<OpenCase> openCases,
        List<String> activeRisks,
        int openFollowUps,
        List<OpenReferral> openReferrals,
        String lastCallerType,
        boolean identified,
        String token) implements Serializable {

    /** "Ffion Hughes" as "F. H.": enough to ask "am I speaking to…?", not enough to learn who rang. */
    public static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "Caller";
        }
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            initials.append(initials.length() == 0 ? "" : " ").append(part.codePoints().limit(1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).append('.');
        }
        return initials.toString();
    }

    /** The active risks in one line, for showing beside the caller. */
    public String risks() {
        return String.join(", ", activeRisks);
    }

    /** A recent contact, in one line. */
    public record RecentContact(Instant startedAt, String channel, String summary) implements Serializable {
    }

    /** A referral of the caller's still under way (not completed, declined, unanswered or withdrawn). */
    public record OpenReferral(long id, String service, String status, Instant referredAt) implements Serializable {
    }

    /** A case of the caller's that is not closed. */
    public record OpenCase(long id, String number, String title, String status) implements Serializable {
    }
}
