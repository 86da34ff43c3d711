package org.helpline.calls;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.helpline.callers.CallerType;
import org.helpline.security.Roles;
import org.helpline.shared.persistence.ReferenceItems;

/** The choices an adviser has when logging a contact: lines, channels, caller types, outcomes. */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR, Roles.ADMIN})
public class ContactOptions {

    @Inject
    ReferenceItems items;

    public List<HelplineLine> lines() {
        return items.active(HelplineLine.class);
    }

    public List<Channel> channels() {
        return items.active(Channel.class);
    }

    public List<CallerType> callerTypes() {
        return items.active(CallerType.class);
    }

    public List<Outcome> outcomes() {
        return items.active(Outcome.class);
    }
}
