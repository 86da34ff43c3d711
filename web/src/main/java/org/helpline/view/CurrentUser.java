package org.helpline.view;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.security.Roles;
import org.helpline.security.StaffDirectory;
import org.helpline.security.UserAccount;

/** The signed-in member of staff, as the layout shows them. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffDirectory staff;

    @Inject
    ExternalContext external;

    private String displayName;

    public String getDisplayName() {
        if (displayName == null) {
            UserAccount me = staff.me();
            displayName = me.getDisplayName();
        }
        return displayName;
    }

    public boolean isAdviser() {
        return external.isUserInRole(Roles.ADVISER);
    }

    public boolean isSupervisor() {
        return external.isUserInRole(Roles.SUPERVISOR);
    }

    public boolean isAdmin() {
        return external.isUserInRole(Roles.ADMIN);
    }
}
