package org.helpline.view;

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
    private PagedTable<Notice> mine;
    private Long count;

    public long getUnread() {
        if (unread == null) {
            unread = faces.getExternalContext().getUserPrincipal() == null ? 0 : notices.unreadCount();
        }
        return unread;
    }

    public PagedTable<Notice> getMine() {
        if (mine == null) {
            mine = PagedTable.of(this::getCount, notices::mine, Notice::getId);
        }
        return mine;
    }

    public long getCount() {
        if (count == null) {
            count = notices.count();
        }
        return count;
    }

    public void markAllRead() {
        int marked = notices.markAllRead();
        unread = null;
        mine = null;
        count = null;
        Messages.info(faces, marked == 0 ? "Nothing new." : "Marked " + marked + " as read.");
    }

    /** Opens what a notice is about, marking it read on the way. */
    public String open(Notice notice) {
        notices.markRead(notice.getId());
        String page = notice.getLink() == null ? "/notices.xhtml" : Links.pathOf(notice.getLink());
        return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
    }
}
