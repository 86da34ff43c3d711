package org.helpline.security;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

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

    public UserAccount account() {
        return accounts.require(username());
    }

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
