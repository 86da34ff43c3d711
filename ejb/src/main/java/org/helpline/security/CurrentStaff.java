package org.helpline.security;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The member of staff a service is working for: the caller of the EJB method that asks. Only usable
 * inside an EJB invocation, which every service call is.
 */
@Dependent
public class CurrentStaff {

    @Inject
    UserAccounts accounts;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * The signed-in member of staff's account: read once per transaction, the first time a service asks, and
     * kept with the transaction (its persistence context is the services' own, so the account stays managed).
     * A save asked for it four or five times, a query each (8% of its CPU in the throughput benchmark's
     * first profile). Outside a transaction it is read each time.
     */
    public UserAccount account() {
        String username = username();
        if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return accounts.require(username);
        }
        String key = ACCOUNT + username;
        if (transaction.getResource(key) instanceof UserAccount known) {
            return known;
        }
        UserAccount account = accounts.require(username);
        transaction.putResource(key, account);
        return account;
    }

    /** The key the account is kept under in the transaction, with the username. */
    private static final String ACCOUNT = CurrentStaff.class.getName() + ".account:";

    /** Whether the member of staff holds {@code role} (a name from {@link Roles}). */
    public boolean isCallerInRole(String role) {
        return context().isCallerInRole(role);
    }

    public String username() {
        return context().getCallerPrincipal().getName();
    }

    private static EJBContext context() {
        try {
            return InitialContext.doLookup("java:comp/EJBContext");
        } catch (NamingException e) {
            throw new IllegalStateException("CurrentStaff is for use inside a service call", e);
        }
    }
}
