package org.helpline.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.notices.Notices;

/** How many of the signed-in person's notices are unread, for every page's header: read once a request. */
@Named
@RequestScoped
public class UnreadNotices {

    @Inject
    Notices notices;

    @Inject
    FacesContext faces;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = faces.getExternalContext().getUserPrincipal() == null ? 0 : notices.unreadCount();
        }
        return count;
    }

    /** After notices were marked read in this request: the header reads the count again. */
    public void forget() {
        count = null;
    }
}
