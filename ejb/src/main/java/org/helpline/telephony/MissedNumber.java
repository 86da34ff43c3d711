package org.helpline.telephony;

import java.time.Instant;
import java.util.List;

import org.helpline.callers.PhoneNumber;

/**
 * One number that rang and was not answered, with every such call from it not yet dealt with.
 *
 * @param number E.164
 * @param rings how many calls from it were missed, abandoned or went to voicemail
 * @param lines the lines they rang (labels, or the number dialled when Helpline has no such line)
 * @param voicemail whether any left a voicemail
 * @param callerName who it is, when the number is a caller's the adviser may see; otherwise null
 * @param callerIds the callers with this number the adviser may see (usually one), for their page and risk
 */
public record MissedNumber(String number, int rings, Instant firstRang, Instant lastRang, List<String> lines,
        boolean voicemail, String callerName, List<Long> callerIds) implements java.io.Serializable {

    /** The number as people write it: 07700 900123. */
    public String display() {
        return PhoneNumber.display(number);
    }

    /** The lines, for a list: "MS Helpline, MS Nurse line". */
    public String linesText() {
        return String.join(", ", lines);
    }
}
