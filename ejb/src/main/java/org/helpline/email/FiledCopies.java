package org.helpline.email;

import java.time.Instant;
import java.util.Date;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.ReceivedDateTerm;

/**
 * The mailbox's own copies of emails Helpline has filed. Once an email is in Helpline, its copy in the mailbox is
 * only a second place for health data to wait; after a while it goes, and the email lives in Helpline's retention
 * and erasure alone.
 */
public final class FiledCopies {

    private FiledCopies() {
    }

    /**
     * Deletes from {@code folder} (closed) the copies that reached the mailbox before {@code cutoff}, by the server's
     * arrival date (IMAP compares it to the day); how many. A server that cannot search by date is answered by
     * Jakarta Mail searching the folder itself.
     */
    public static int deleteArrivedBefore(Folder folder, Instant cutoff) throws MessagingException {
        folder.open(Folder.READ_WRITE);
        try {
            Message[] old = folder.search(new ReceivedDateTerm(ComparisonTerm.LT, Date.from(cutoff)));
            if (old.length > 0) {
                folder.setFlags(old, new Flags(Flags.Flag.DELETED), true);
            }
            return old.length;
        } finally {
            folder.close(true);
        }
    }
}
