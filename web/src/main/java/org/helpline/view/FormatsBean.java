package org.helpline.view;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.helpline.callers.PhoneNumber;

/** {@link Formats} for pages: {@code #{formats.dateTime(contact.startedAt)}}. */
@Named("formats")
@ApplicationScoped
public class FormatsBean {

    public String dateTime(Instant instant) {
        return Formats.dateTime(instant);
    }

    /** "3 Mar 2027". */
    public String date(LocalDate day) {
        return Formats.date(day);
    }

    /** A stored E.164 number as people write it: {@code 07700 900123}. */
    public String phone(String e164) {
        return e164 == null ? "" : PhoneNumber.display(e164);
    }

    /** A file's size as people read it: "812 bytes", "14 KB", "2.3 MB". */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1_048_576) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / 1_048_576.0);
    }

    /** Now, for pages that mark what is overdue. */
    public Instant now() {
        return Instant.now();
    }
}
