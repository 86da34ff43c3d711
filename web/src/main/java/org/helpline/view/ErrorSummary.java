package org.helpline.view;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The error summary a form shows above itself ({@code WEB-INF/templates/error-summary.xhtml}): every error
 * message of this request that belongs to a field, in the order they were added (page order:
 * {@link Messages#show}), each with the client id of its field.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One error: the field's client id and what is wrong with it. */
    public record Entry(String target, String message) {
    }

    /**
     * Read afresh each time: a form's parts ask whether the summary is rendered while the request is decoded,
     * before its action has added any message.
     */
    public List<Entry> getEntries() {
        List<Entry> entries = new ArrayList<>();
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext();) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            for (FacesMessage message : faces.getMessageList(clientId)) {
                if (message.getSeverity() == FacesMessage.SEVERITY_ERROR) {
                    entries.add(new Entry(clientId, message.getSummary()));
                }
            }
        }
        return entries;
    }
}
