package org.helpline.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;

/**
 * Runs test code inside the server as a signed-in member of the demo staff (see the subclasses), each
 * call in its own transaction, so that tests go through the services' own role checks. Calling these
 * helpers is open to all; the run-as role of the subclass is what the services then see.
 */
@PermitAll
public abstract class SignedIn {

    /** Work a test does inside the server. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    /** Work with no result. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    public <T> T call(Work<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new EJBException(e);
        }
    }

    public void run(Action action) {
        call(() -> {
            action.run();
            return null;
        });
    }
}
