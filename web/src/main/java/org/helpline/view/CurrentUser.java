package org.helpline.view;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.security.Permission;
import org.helpline.security.Permissions;
import org.helpline.security.Roles;
import org.helpline.security.StaffDirectory;
import org.helpline.security.UserAccount;
import org.helpline.view.push.SignedInStaff;

/** The signed-in member of staff, as the layout shows them. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffDirectory staff;

    @Inject
    Permissions permissions;

    private String displayName;

    public String getDisplayName() {
        if (displayName == null) {
            UserAccount me = staff.me();
            displayName = me.getDisplayName();
            // The first page after signing in: this session now counts as signed in on the wallboard.
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null) {
                SignedInStaff.signedIn(faces.getExternalContext().getSessionId(true), me.getUsername());
            }
        }
        return displayName;
    }

    public boolean isAdviser() {
        return inRole(Roles.ADVISER);
    }

    public boolean isSupervisor() {
        return inRole(Roles.SUPERVISOR);
    }

    public boolean isManager() {
        return inRole(Roles.MANAGER);
    }

    public boolean isAdmin() {
        return inRole(Roles.ADMIN);
    }

    /** Whether the signed-in user's roles have this permission (a {@link Permission} name), to offer what they may do. */
    public boolean may(String permission) {
        return permissions.allowed(Permission.valueOf(permission));
    }

    /** Asked of the request being handled now: this bean lives for the session, requests come and go. */
    private static boolean inRole(String role) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getExternalContext().isUserInRole(role);
    }
}
