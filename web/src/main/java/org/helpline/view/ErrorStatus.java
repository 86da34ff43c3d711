package org.helpline.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.shared.HelplineException;

/** For error pages that answer a bad request rather than a server fault: an expired or tampered form. */
@Named
@RequestScoped
public class ErrorStatus {

    @Inject
    FacesContext faces;

    public void badRequest() {
        faces.getExternalContext().setResponseStatus(400);
    }

    public void notFound() {
        faces.getExternalContext().setResponseStatus(404);
    }

    /**
     * What the service said when it refused the request (its messages are written for the people using
     * Helpline and never carry what a record says); a general line for anything else.
     */
    public String getRefusal() {
        Object error = faces.getExternalContext().getRequestMap().get("jakarta.servlet.error.exception");
        for (Throwable t = error instanceof Throwable th ? th : null; t != null; t = t.getCause()) {
            if (t instanceof HelplineException refusal) {
                return refusal.getMessage();
            }
        }
        return "Helpline could not accept what was sent.";
    }
}
