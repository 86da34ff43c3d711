package org.helpline.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;

/**
 * A service open to every role by {@code @RolesAllowed}'s standards, guarded only by the permission model:
 * proof that {@link RequiresPermission} is enforced on its own, not just where roles already refuse.
 */
@Stateless
@PermitAll
@RequiresPermission(Permission.MANAGE_USERS)
public class GuardedProbe {

    public String touch() {
        return "touched";
    }
}
