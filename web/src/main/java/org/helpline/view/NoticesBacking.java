package org.helpline.view;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.notices.Notice;
import org.helpline.notices.Notices;
import org.helpline.shared.UserText;

/**
 * {@code notices.xhtml}. View-scoped so that the list's page, as shown, is still there when one of its "Open"
 * links is pressed: a lazy list read afresh on every request has no rows to find the link among.
 */
@Named
@ViewScoped
public class NoticesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notices notices;

    @Inject
    UnreadNotices unread;

    private PagedTable<Notice> mine;
    private Long count;

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
        unread.forget();
        mine = null;
        count = null;
        Messages.info(FacesContext.getCurrentInstance(), marked == 0 ? UserText.of("notices.nothingNew")
                : UserText.of("notices.marked", marked));
    }

    /** Opens what a notice is about, marking it read on the way. */
    public String open(Notice notice) {
        notices.markRead(notice.getId());
        String page = notice.getLink() == null ? "/notices.xhtml" : Links.pathOf(notice.getLink());
        return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
    }
}
