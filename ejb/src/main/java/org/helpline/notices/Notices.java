package org.helpline.notices;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.security.CurrentStaff;
import org.helpline.security.Roles;
import org.helpline.shared.Rows;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;

/** The signed-in member of staff's own notices; nobody reads or clears anyone else's. */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR, Roles.ADMIN, Roles.MANAGER})
public class Notices {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    public long unreadCount() {
        return em.createQuery("select count(n) from Notice n where n.recipient.username = :me and n.readAt is null",
                Long.class).setParameter("me", staff.username()).getSingleResult();
    }

    /** My notices, unread first, then newest first. */
    public List<Notice> mine(Rows rows) {
        return rows.of(em.createQuery("select n from Notice n where n.recipient.username = :me "
                + "order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id desc", Notice.class)
                .setParameter("me", staff.username()));
    }

    /** How many notices I have, read or not. */
    public long count() {
        return em.createQuery("select count(n) from Notice n where n.recipient.username = :me", Long.class)
                .setParameter("me", staff.username()).getSingleResult();
    }

    /** Marks one of my notices read; someone else's answers "not found". */
    public void markRead(long id) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null || !notice.getRecipientUsername().equals(staff.username())) {
            throw new NotFoundException(UserText.of("notFound.notice"));
        }
        notice.read(Instant.now());
    }

    public int markAllRead() {
        return em.createQuery("update Notice n set n.readAt = :now where n.readAt is null and n.recipient in "
                + "(select u from UserAccount u where u.username = :me)")
                .setParameter("now", Instant.now()).setParameter("me", staff.username()).executeUpdate();
    }
}
