package org.helpline.view;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.notices.Notice;
import org.helpline.notices.Notices;

/** {@code notices.xhtml}, and the count of unread notices in every page's header. */
@Named
@RequestScoped
public class NoticesBacking {

    @Inject
    Notices notices;

    @Inject
    FacesContext faces;

    private Long unread;
    private List<Notice> mine;

    public long getUnread() {
        if (unread == null) {
            unread = faces.getExternalContext().getUserPrincipal() == null ? 0 : notices.unreadCount();
        }
        return unread;
    }

    public List<Notice> getMine() {
        if (mine == null) {
            mine = notices.mine();
        }
        return mine;
    }

    public void markAllRead() {
        int marked = notices.markAllRead();
        unread = null;
        mine = null;
        Messages.info(faces, marked == 0 ? "Nothing new." : "Marked " + marked + " as read.");
    }

    /** Opens what a notice is about, marking it read on the way. */
    public String open(Notice notice) {
        notices.markRead(notice.getId());
        String link = notice.getLink() == null ? "/notices.xhtml" : notice.getLink();
        return link + (link.contains("?") ? "&" : "?") + "faces-redirect=true";
    }
}
