package org.helpline.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * The first admin of a new installation. A production server creates no accounts of its own, so the
 * operator runs {@code ops/first-admin.sh} on the server, which stores a one-time code (its SHA-256 only)
 * while no enabled admin exists; whoever holds the code then chooses the first admin's username, name and
 * password on the set-up page. Nobody is signed in then: the code is the credential, and it works once,
 * within its hour, and only while Helpline still has no enabled admin. After that, admins add staff.
 */
@Stateless
@PermitAll
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts accounts;

    /** Whether Helpline still needs its first admin: no enabled account has the admin role. */
    public boolean needed() {
        return !accounts.anyEnabledAdmin();
    }

    /**
     * Opens the first admin's account with the code from {@code ops/first-admin.sh}; refused at the field
     * for a wrong, used or expired code, or when an admin exists already.
     */
    public UserAccount create(String code, StaffForm form) {
        if (!needed()) {
            throw new InvalidInputException("code", UserText.of("firstAdmin.exists"));
        }
        // Locked, so that two people with the same code at the same moment cannot both use it.
        SetUpCode setUpCode = em.createQuery("select c from SetUpCode c where c.codeHash = :hash", SetUpCode.class)
                .setParameter("hash", hash(code))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("code", UserText.of("firstAdmin.code.wrong")));
        setUpCode.use(form.getUsername(), Instant.now());
        form.setRoles(EnumSet.of(Role.ADMIN));
        UserAccount admin = accounts.open(form);
        LOG.info(() -> "The first admin, " + admin.getUsername() + ", was set up with a one-time code");
        return admin;
    }

    /** The code as ops/first-admin.sh hashes it: capitals, without the dashes and spaces people type. */
    static String hash(String code) {
        return Secrets.sha256Hex(code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }
}
