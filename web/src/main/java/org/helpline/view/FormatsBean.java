package org.helpline.view;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** {@link Formats} for pages: {@code #{formats.dateTime(contact.startedAt)}}. */
@Named("formats")
@ApplicationScoped
public class FormatsBean {

    public String dateTime(Instant instant) {
        return Formats.dateTime(instant);
    }
}
