package org.helpline.view.admin;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.security.Role;
import org.helpline.security.StaffAdministration;
import org.helpline.security.StaffForm;
import org.helpline.security.UserAccount;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.HelplineException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.view.Formats;
import org.helpline.view.Messages;

/** {@code admin/user.xhtml?id=}: adds a member of staff, or changes, resets or disables an account. */
@Named
@ViewScoped
public class UserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAdministration administration;

    private Long id;
    private boolean missing;
    private UserAccount account;
    private StaffForm form;
    private String newPassword;

    /** Runs once when the page opens: the account named by {@code ?id=}, or a blank form. */
    public void load() {
        if (form == null) {
            try {
                reload();
            } catch (NotFoundException notThere) {
                // A number that names no account says so (with 404) rather than offering to add one: the page
                // without a number is how to add one.
                missing = true;
            }
        }
    }

    private void reload() {
        account = id == null ? null : administration.get(id);
        form = account == null ? new StaffForm() : StaffForm.of(account);
    }

    public String save() {
        try {
            String name;
            if (account == null) {
                name = administration.add(form).getDisplayName();
            } else {
                name = administration.change(account.getId(), account.getVersion(), form).getDisplayName();
            }
            return done(UserText.of("staff.saved", name));
        } catch (ConcurrentEditException stale) {
            Messages.show(faces(), "user", stale);
            reload();
        } catch (HelplineException refusal) {
            Messages.show(faces(), "user", refusal);
        }
        return null;
    }

    public String resetPassword() {
        try {
            administration.resetPassword(account.getId(), account.getVersion(), newPassword);
            return done(UserText.of("staff.password.reset", account.getDisplayName()));
        } catch (ConcurrentEditException stale) {
            Messages.show(faces(), "resetPassword", stale);
            reload();
        } catch (HelplineException refusal) {
            Messages.show(faces(), "resetPassword", refusal);
        }
        return null;
    }

    /** For a lost or new phone: they sign in with the password alone, or set up a new one where required. */
    public String resetSecondFactor() {
        try {
            administration.resetSecondFactor(account.getId(), account.getVersion());
            return done(UserText.of("staff.secondFactor.reset", account.getDisplayName()));
        } catch (ConcurrentEditException stale) {
            Messages.show(faces(), "secondFactor", stale);
            reload();
        } catch (HelplineException refusal) {
            Messages.show(faces(), "secondFactor", refusal);
        }
        return null;
    }

    public String getSecondFactorLine() {
        return account.hasSecondFactor()
                ? "On since " + Formats.dateTime(account.getSecondFactorSince()) + ". Reset it if they lose their phone."
                : "Off: they sign in with their password alone, unless their role needs a second factor, when they "
                        + "set one up at their next sign-in.";
    }

    public String disable() {
        return changeStatus(true);
    }

    public String enable() {
        return changeStatus(false);
    }

    private String changeStatus(boolean disabling) {
        try {
            if (disabling) {
                administration.disable(account.getId(), account.getVersion());
            } else {
                administration.enable(account.getId(), account.getVersion());
            }
            return done(disabling ? UserText.of("staff.disabled", account.getDisplayName())
                    : UserText.of("staff.enabled", account.getDisplayName()));
        } catch (HelplineException refusal) {
            Messages.show(faces(), "status", refusal);
            reload();
            return null;
        }
    }

    private String done(String message) {
        faces().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(faces(), message);
        return "/admin/users?faces-redirect=true";
    }

    /** Whether the address names an account that is not there, or a number that is not one. */
    public boolean isMissing() {
        if (missing || id != null) {
            return missing;
        }
        FacesContext faces = faces();
        String asked = faces.getExternalContext().getRequestParameterMap().get("id");
        return !faces.isPostback() && asked != null && !asked.isBlank(); // not a number: no such account either
    }

    public boolean isAdding() {
        return account == null;
    }

    public String getStatusLine() {
        return account.isEnabled()
                ? "A disabled account cannot sign in. Its cases and follow-ups stay where they are: reassign them too."
                : "This account is disabled and cannot sign in.";
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String roleLabel(Role role) {
        return Formats.roleLabel(role);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public StaffForm getForm() {
        return form;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
