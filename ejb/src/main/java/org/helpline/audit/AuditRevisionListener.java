package org.helpline.audit;

import java.security.Principal;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import org.hibernate.envers.RevisionListener;

/**
 * Puts each change set down to the member of staff whose service call made it: the identity the server
 * holds for the thread as the transaction commits (the signed-in user, whose call into a service began
 * it); a schedule without one is {@link AuditRevision#SYSTEM}.
 */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).setUsername(currentUsername());
    }

    static String currentUsername() {
        String name = null;
        try {
            Principal caller = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            name = caller == null ? null : caller.getName();
        } catch (RuntimeException notThere) {
            // no CDI here: ask the EJB container
        }
        if (name == null || name.isBlank() || "anonymous".equals(name)) {
            try {
                EJBContext context = InitialContext.doLookup("java:comp/EJBContext");
                Principal caller = context.getCallerPrincipal();
                name = caller == null ? null : caller.getName();
            } catch (NamingException | IllegalStateException e) {
                name = null;
            }
        }
        return name == null || name.isBlank() || "anonymous".equals(name) ? AuditRevision.SYSTEM : name;
    }
}
