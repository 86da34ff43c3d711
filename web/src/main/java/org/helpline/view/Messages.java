package org.helpline.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

import org.helpline.shared.HelplineException;
import org.helpline.shared.InvalidInputException;

/**
 * The one place the pages turn a service's refusal into what the adviser sees: a message at the field
 * it names (the input whose id is the field's name, inside the given form; for one item of a list, such as
 * {@code completesFollowUps[1]}, the list's), or at the top of the page.
 */
public final class Messages {

    private Messages() {
    }

    public static void show(FacesContext faces, String formId, HelplineException refusal) {
        String clientId = null;
        if (refusal instanceof InvalidInputException invalid) {
            UIComponent form = faces.getViewRoot().findComponent(formId);
            String field = invalid.getField().replaceFirst("\\[\\d+]$", "");
            UIComponent input = form == null ? null : form.findComponent(field);
            if (input != null) {
                clientId = input.getClientId(faces);
            }
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        faces.validationFailed();
    }

    public static void info(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
