package org.helpline.testing;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerDetails;
import org.helpline.callers.CallerType;
import org.helpline.calls.Channel;
import org.helpline.calls.Contact;
import org.helpline.calls.Direction;
import org.helpline.calls.HelplineLine;
import org.helpline.calls.Outcome;
import org.helpline.security.Role;
import org.helpline.security.UserAccount;
import org.helpline.topics.Topic;

/**
 * Records for the entities' own unit tests, made by the entities' own factories. The rules compare staff
 * and callers by id, which only the database gives, so {@link #withId} gives one as the database would.
 */
public final class Records {

    /** A Tuesday in March, GMT. */
    public static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    private Records() {
    }

    /** {@code record} with the id the database would have given it. */
    public static <T> T withId(T record, long id) {
        for (Class<?> type = record.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("id");
                field.setAccessible(true);
                field.set(record, id);
                return record;
            } catch (NoSuchFieldException e) {
                // The id is declared further up.
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(record.getClass() + " has no id");
    }

    public static UserAccount adviser(long id, String displayName) {
        String username = displayName.toLowerCase().replaceAll("[^a-z]", "");
        return withId(new UserAccount(username, displayName, null, "hash", EnumSet.of(Role.ADVISER), NOW), id);
    }

    public static Caller caller(long id, String fullName) {
        return withId(Caller.withConsent(new CallerDetails(fullName, List.of("07700 900" + (100 + id)), null, null, null,
                null, null, null), "2026-1", adviser(99, "Seed Adviser"), NOW), id);
    }

    public static Outcome outcome() {
        return new Outcome("information-given", "Information given", null, 10);
    }

    /** A phone call from {@code caller}, which ended ten minutes before {@code now}. */
    public static Contact contact(Caller caller, UserAccount adviser, Instant now) {
        Contact contact = Contact.data("key-" + System.nanoTime(), new Channel("phone", "Phone", null, 10),
                Direction.INBOUND, new HelplineLine("info-line", "MS Helpline", "0808 800 8000", null, 10),
                now.minus(Duration.ofMinutes(20)), Duration.ofMinutes(10),
                new CallerType("person-with-ms", "Person with MS", null, 10),
                Set.of(Topic.topLevel("symptoms", "Symptoms", null, 10)), "Asked about fatigue", null, outcome(),
                false, false, adviser, now);
        contact.from(caller);
        return contact;
    }
}
