package org.helpline.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.shared.HelplineException;

/**
 * For error pages that answer a bad request rather than a server fault (an expired or tampered form), and for
 * pages whose address names a record that is not there, or that the user may not see: each of those shows its
 * own "not found" and answers 404, as the shared not-found page does, by declaring in its metadata
 * {@code <f:event type="preRenderView" listener="#{errorStatus.notFoundWhen(bean.missing)}"/>} (at render,
 * so also when the number in the address could not even be read).
 */
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

    /** 404 when the page shows its "not found"; not for an ajax request, whose answer the page itself reads. */
    public void notFoundWhen(boolean missing) {
        if (missing && !faces.getPartialViewContext().isAjaxRequest()) {
            notFound();
        }
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
