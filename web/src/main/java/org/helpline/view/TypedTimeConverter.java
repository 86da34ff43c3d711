package org.helpline.view;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import org.helpline.shared.HelplineTime;
import org.helpline.shared.TypedTimes;
import org.helpline.shared.TypedTimes.Direction;

/**
 * A date, or a date and time, as advisers type it ({@link TypedTimes}), shown back as {@code 25/12/2026 14:30}.
 * One converter id for each kind of value and direction: {@code helpline.pastDateTime} (when a contact started),
 * {@code helpline.futureDateTime} (when a callback is due), both for a LocalDateTime, and {@code helpline.pastDate}
 * and {@code helpline.futureDate} for a LocalDate. Text it cannot read leaves the field as typed with a message
 * saying what to type; a page should not set {@code converterMessage}, which would hide that message.
 */
public abstract class TypedTimeConverter implements Converter<Temporal>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Direction direction;
    private final boolean dateOnly;

    TypedTimeConverter(Direction direction, boolean dateOnly) {
        this.direction = direction;
        this.dateOnly = dateOnly;
    }

    @Override
    public Temporal getAsObject(FacesContext context, UIComponent component, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        ZonedDateTime now = ZonedDateTime.now(HelplineTime.CLOCK);
        try {
            return dateOnly ? TypedTimes.date(typed, direction, now) : TypedTimes.dateTime(typed, direction, now);
        } catch (TypedTimes.Refused refused) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(),
                    refused.getMessage()), refused);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Temporal value) {
        if (value instanceof LocalDateTime dateTime) {
            return TypedTimes.format(dateTime);
        }
        return value == null ? "" : TypedTimes.format((LocalDate) value);
    }

    @FacesConverter("helpline.pastDateTime")
    public static class PastDateTime extends TypedTimeConverter {

        private static final long serialVersionUID = 1L;

        public PastDateTime() {
            super(Direction.PAST, false);
        }
    }

    @FacesConverter("helpline.futureDateTime")
    public static class FutureDateTime extends TypedTimeConverter {

        private static final long serialVersionUID = 1L;

        public FutureDateTime() {
            super(Direction.FUTURE, false);
        }
    }

    @FacesConverter("helpline.pastDate")
    public static class PastDate extends TypedTimeConverter {

        private static final long serialVersionUID = 1L;

        public PastDate() {
            super(Direction.PAST, true);
        }
    }

    @FacesConverter("helpline.futureDate")
    public static class FutureDate extends TypedTimeConverter {

        private static final long serialVersionUID = 1L;

        public FutureDate() {
            super(Direction.FUTURE, true);
        }
    }
}
