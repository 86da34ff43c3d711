package org.helpline.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** What an admin types to add a member of staff or change one. The password is used on adding only. */
public class StaffForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String email;
    private String extension;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String password;

    public static StaffForm of(UserAccount account) {
        StaffForm form = new StaffForm();
        form.username = account.getUsername();
        form.displayName = account.getDisplayName();
        form.email = account.getEmail();
        form.extension = account.getExtension();
        form.roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** The phone extension the phone system names this person by, if any. */
    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
