package org.helpline.security;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.helpline.shared.Rows;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;

/**
 * Admins add staff, change their names and roles, reset passwords and disable accounts of people who
 * have left. Two rules hold whatever the order of changes: there is always an enabled admin, and an
 * admin cannot lock themselves out.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@RequiresPermission(Permission.MANAGE_USERS)
public class StaffAdministration {

    private static final Logger LOG = Logger.getLogger(StaffAdministration.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    CurrentStaff staff;

    /** Staff accounts by name, a page at a time. */
    public List<UserAccount> accounts(Rows rows) {
        return rows.of(em.createQuery("select u from UserAccount u order by u.displayName, u.id", UserAccount.class));
    }

    public long countAccounts() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    public UserAccount get(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new NotFoundException(UserText.of("notFound.staffAccount"));
        }
        return account;
    }

    public UserAccount add(StaffForm form) {
        UserAccount account = accounts.open(form);
        giveExtension(account, form.getExtension());
        LOG.info(() -> staff.username() + " added the staff account " + account.getUsername() + " " + account.getRoles());
        return account;
    }

    /** Changes name, email and roles. Taking the admin role from the last enabled admin is refused. */
    public UserAccount change(long id, long seenVersion, StaffForm form) {
        UserAccount account = get(id);
        account.checkVersion(seenVersion);
        boolean wasAdmin = account.isEnabled() && account.hasRole(Role.ADMIN);
        account.describe(form.getDisplayName(), form.getEmail());
        giveExtension(account, form.getExtension());
        account.assign(form.getRoles());
        if (wasAdmin && !account.hasRole(Role.ADMIN)) {
            keepAnAdmin(account, "roles", UserText.of("staff.lastAdmin.roles"));
        }
        LOG.info(() -> staff.username() + " changed the staff account " + account.getUsername() + " "
                + account.getRoles());
        return account;
    }

    /** One extension, one person: the phone system's answer names whoever has it. Checked before it changes. */
    private void giveExtension(UserAccount account, String extension) {
        String wanted = extension == null ? "" : extension.strip();
        if (!wanted.isEmpty()) {
            em.createQuery("select u from UserAccount u where u.extension = :extension and u.username <> :username",
                    UserAccount.class).setParameter("extension", wanted).setParameter("username", account.getUsername())
                    .getResultStream().findFirst().ifPresent(other -> {
                        throw new InvalidInputException("extension", UserText.of("staff.extension.taken", wanted,
                                other.getDisplayName()));
                    });
        }
        account.assignExtension(wanted);
    }

    public UserAccount resetPassword(long id, long seenVersion, String newPassword) {
        UserAccount account = get(id);
        account.checkVersion(seenVersion);
        char[] password = newPassword == null ? new char[0] : newPassword.toCharArray();
        PasswordPolicy.check(account.getUsername(), password);
        account.resetPassword(hasher.hash(password));
        LOG.info(() -> staff.username() + " reset the password of " + account.getUsername());
        return account;
    }

    /**
     * Removes someone's second factor, for a lost or replaced phone: they sign in with their password alone,
     * or set a new one up at once where their role needs one.
     */
    public UserAccount resetSecondFactor(long id, long seenVersion) {
        UserAccount account = get(id);
        account.checkVersion(seenVersion);
        account.removeSecondFactor();
        LOG.info(() -> staff.username() + " reset the second factor of " + account.getUsername());
        return account;
    }

    /** Disables an account, for someone who has left; their work and history stay. */
    public UserAccount disable(long id, long seenVersion) {
        UserAccount account = get(id);
        account.checkVersion(seenVersion);
        if (account.getUsername().equals(staff.username())) {
            throw new InvalidInputException("enabled", UserText.of("staff.disable.self"));
        }
        if (account.isEnabled() && account.hasRole(Role.ADMIN)) {
            keepAnAdmin(account, "enabled", UserText.of("staff.lastAdmin.disable"));
        }
        account.disable();
        LOG.info(() -> staff.username() + " disabled the staff account " + account.getUsername());
        return account;
    }

    public UserAccount enable(long id, long seenVersion) {
        UserAccount account = get(id);
        account.checkVersion(seenVersion);
        account.enable();
        LOG.info(() -> staff.username() + " enabled the staff account " + account.getUsername());
        return account;
    }

    /**
     * Refuses, with {@code message} at {@code field}, to lose {@code leaving} as an admin when nobody else is one.
     * The other admins' rows are locked until the transaction ends, so two admins demoting each other at the same
     * moment cannot both succeed.
     */
    private void keepAnAdmin(UserAccount leaving, String field, String message) {
        long others = em.createQuery("select u from UserAccount u join u.roles r where u.enabled = true "
                + "and r = org.helpline.security.Role.ADMIN and u.id <> :id", UserAccount.class)
                .setParameter("id", leaving.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().size();
        if (others == 0) {
            throw new InvalidInputException(field, message);
        }
    }
}
