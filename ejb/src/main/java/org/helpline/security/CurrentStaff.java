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
        try {
            EJBContext context = InitialContext.doLookup("java:comp/EJBContext");
            return context.isCallerInRole(role);
        } catch (NamingException e) {
            throw new IllegalStateException("CurrentStaff is for use inside a service call", e);
        }
    }

    public String username() {
        try {
            EJBContext context = InitialContext.doLookup("java:comp/EJBContext");
            return context.getCallerPrincipal().getName();
        } catch (NamingException e) {
            throw new IllegalStateException("CurrentStaff is for use inside a service call", e);
        }
    }
}
