package org.helpline.security;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;

/** Who works on the helpline. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffDirectory {

    @Inject
    UserAccounts accounts;

    @Inject
    CurrentStaff staff;

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<UserAccount> everyone() {
        return accounts.all();
    }

    /** Enabled staff who take calls, by name, for the "hand it to" lists supervisors choose from. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<UserAccount> advisers() {
        return accounts.enabledAdvisers();
    }

    /** The signed-in member of staff. */
    @RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR, Roles.ADMIN, Roles.MANAGER})
    public UserAccount me() {
        return accounts.findByUsername(staff.username()).orElseThrow(
                () -> new NotFoundException(UserText.of("notFound.yourAccount")));
    }
}
