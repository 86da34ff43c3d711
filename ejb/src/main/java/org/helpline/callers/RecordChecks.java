package org.helpline.callers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.helpline.security.Roles;

/**
 * {@link CallerRecords}'s rule as a service of its own, for a front end that must know whether a record may be
 * touched before it reads the rest of a request (the API, before it reads a body). The service that then does the
 * work asks again, in its own transaction.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR, Roles.ADMIN, Roles.MANAGER})
public class RecordChecks {

    @Inject
    CallerRecords records;

    /** Nothing, if this user may touch the {@code type} record with {@code id}; otherwise "not found". */
    public void reachable(Class<? extends CallerRecord> type, long id) {
        records.find(type, id);
    }
}
