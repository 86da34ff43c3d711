package org.helpline.view.calls;

import java.io.Serializable;

import org.helpline.shared.UserText;
import org.helpline.calls.Contact;
import org.helpline.calls.NonDataKind;

/**
 * What the form says after a save, on the next (empty) form: who the contact was with and its case, each a
 * link, what else the save did; it goes as soon as the adviser starts typing the next contact.
 */
public record SavedContact(String what, Long callerId, String callerName, Long caseId, String caseNumber, String also)
        implements Serializable {

    static final String FLASH = "savedContact";

    static SavedContact of(Contact saved, boolean alerted, int followUpsDone) {
        StringBuilder also = new StringBuilder();
        if (followUpsDone > 0) {
            also.append(' ').append(followUpsDone == 1 ? UserText.of("log.saved.oneFollowUpDone")
                    : UserText.of("log.saved.followUpsDone", followUpsDone));
        }
        if (alerted) {
            also.append(' ').append(UserText.of("log.saved.alerted"));
        }
        return new SavedContact(UserText.of("log.saved"), saved.getCaller() == null ? null : saved.getCaller().getId(),
                saved.getCaller() == null ? null : saved.getCaller().getDisplayName(),
                saved.getSupportCase() == null ? null : saved.getSupportCase().getId(),
                saved.getSupportCase() == null ? null : saved.getSupportCase().getNumber(), also.toString());
    }

    static SavedContact nonData(NonDataKind kind) {
        return new SavedContact(UserText.of("log.savedNonData", kind.label()), null, null, null, null, "");
    }
}
