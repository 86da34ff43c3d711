package org.helpline.callers;

import java.util.Locale;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.audit.AccessLog;
import org.helpline.security.CurrentStaff;
import org.helpline.shared.NotFoundException;

/**
 * The one rule for records by id: a record about a caller may be read or changed only by someone who may see
 * that caller ({@link CallerAccess}: supervisors and admins see everyone, an adviser the callers they work
 * with). A record the user may not touch answers exactly as one that does not exist, "not found", and the
 * refusal is written to the access log. Every service method that takes a record's id finds it here, before
 * it looks at anything else it was sent, so the answer never depends on whether the rest of the request was
 * valid; the API asks here too before it reads a request's body ({@code RecordGate} in the web module).
 */
@Dependent
public class CallerRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccess callerAccess;

    @Inject
    CurrentStaff staff;

    @Inject
    AccessLog access;

    /** The {@code type} record with {@code id}, if this user may touch it; otherwise {@link NotFoundException}. */
    public <T extends CallerRecord> T find(Class<T> type, long id) {
        return allowed(type, id, em.find(type, id));
    }

    /**
     * {@code found}, a record looked up by {@code id} some other way (a query that loads what a page shows), if
     * this user may touch it; otherwise, and when it is null, {@link NotFoundException}.
     */
    public <T extends CallerRecord> T allowed(Class<T> type, Object id, T found) {
        if (found == null || !mayTouch(found)) {
            access.refused(kind(type), id instanceof Number n ? n.longValue() : null, "not found or not theirs to see");
            throw new NotFoundException(label(type));
        }
        return found;
    }

    /** Whether this user may see and change {@code record}. */
    public boolean mayTouch(CallerRecord record) {
        if (callerAccess.seesEveryone() || record.openToTeam() || record.heldBy(staff.account().getId())) {
            return true;
        }
        Caller caller = record.getCaller();
        if (caller == null) {
            return record.openWithoutCaller(staff.account().getId());
        }
        return callerAccess.mayIdentify(caller.getId());
    }

    /** The name a record's type goes by in messages ("Follow-up not found", "Contact review not found"), from its class's name. */
    static String label(Class<?> type) {
        String words = type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.UK)
                .replace("follow up", "follow-up");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The record type as the access log names it ("follow-up"). */
    static String kind(Class<?> type) {
        return label(type).toLowerCase(Locale.UK);
    }
}
