package org.helpline.supervision;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.callers.CallerRecords;
import org.helpline.calls.Contact;
import org.helpline.notices.Noticeboard;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.UserAccount;
import org.helpline.security.UserAccounts;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RecordKind;
import org.helpline.shared.RecordLink;
import org.helpline.shared.Rows;
import org.helpline.shared.UserText;

/**
 * Quality review: supervisors sample contacts (a random few per adviser per month) or pick one, score
 * them against the checklist and leave feedback; each adviser reads their own reviews.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@RequiresPermission(Permission.REVIEW_CONTACTS)
public class Reviews {

    static final int MAX_PER_ADVISER = 20;

    private static final Random RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    Noticeboard noticeboard;

    @Inject
    UserAccounts accounts;

    @Inject
    CallerRecords records;

    /**
     * Picks at random up to {@code perAdviser} of each adviser's data contacts in {@code month} to review,
     * counting those already picked: sampling twice tops up, it never picks a contact twice. Answers how
     * many were picked now.
     */
    public int sample(YearMonth month, int perAdviser) {
        if (month == null) {
            throw new InvalidInputException("month", UserText.of("month.required"));
        }
        if (perAdviser < 1 || perAdviser > MAX_PER_ADVISER) {
            throw new InvalidInputException("perAdviser", UserText.of("review.sample.range", MAX_PER_ADVISER));
        }
        Instant from = month.atDay(1).atStartOfDay(HelplineTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(HelplineTime.ZONE).toInstant();
        Map<Long, Long> already = new HashMap<>();
        for (Object[] row : em.createQuery("select r.adviser.id, count(r) from ContactReview r where r.month = :m "
                + "group by r.adviser.id", Object[].class).setParameter("m", month.atDay(1)).getResultList()) {
            already.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, List<Long>> candidates = new HashMap<>();
        for (Object[] row : em.createQuery("select c.adviser.id, c.id from Contact c where c.nonDataKind is null "
                + "and c.startedAt >= :from and c.startedAt < :to "
                + "and not exists (select r from ContactReview r where r.contact = c)", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            candidates.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Long) row[1]);
        }
        Instant now = Instant.now();
        int picked = 0;
        for (UserAccount adviser : accounts.enabledAdvisers()) {
            List<Long> theirs = candidates.getOrDefault(adviser.getId(), new ArrayList<>());
            Collections.shuffle(theirs, RANDOM);
            long wanted = Math.max(0, perAdviser - already.getOrDefault(adviser.getId(), 0L));
            for (Long id : theirs.subList(0, (int) Math.min(theirs.size(), wanted))) {
                em.persist(new ContactReview(em.find(Contact.class, id), month.atDay(1), true, now));
                picked++;
            }
        }
        em.flush();
        return picked;
    }

    /** A supervisor chooses one contact to review. */
    public ContactReview pick(long contactId) {
        Contact contact = records.find(Contact.class, contactId);
        List<ContactReview> existing = em.createQuery("select r from ContactReview r where r.contact = :c",
                ContactReview.class).setParameter("c", contact).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        ContactReview review = new ContactReview(contact,
                LocalDate.ofInstant(contact.getStartedAt(), HelplineTime.ZONE), false, Instant.now());
        em.persist(review);
        em.flush();
        return review;
    }

    /** Reviews waiting to be scored, oldest contact first. */
    public List<ContactReview> toReview(Rows rows) {
        return rows.of(em.createQuery("select r from ContactReview r join fetch r.contact where r.status = :open "
                + "order by r.month, r.id", ContactReview.class)
                .setParameter("open", ContactReview.Status.TO_REVIEW));
    }

    /** How many reviews wait to be scored. */
    public long countToReview() {
        return em.createQuery("select count(r) from ContactReview r where r.status = :open", Long.class)
                .setParameter("open", ContactReview.Status.TO_REVIEW).getSingleResult();
    }

    /** A review with its contact's topics and adviser loaded, for the review page. */
    public ContactReview get(long id) {
        ContactReview review = records.allowed(ContactReview.class, id, em.createQuery(
                "select r from ContactReview r join fetch r.contact where r.id = :id", ContactReview.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null));
        review.getContact().getTopics().size();
        review.getContact().getAdviser().getDisplayName();
        return review;
    }

    /** Scores a contact and tells its adviser there is feedback to read. */
    public ContactReview review(long id, long seenVersion, Check accurate, Check referral, Check risk, Check notes,
            String feedback) {
        ContactReview review = get(id);
        review.checkVersion(seenVersion);
        review.review(accurate, referral, risk, notes, feedback, staff.account(), Instant.now());
        noticeboard.post(review.getAdviser(), review.getReviewer().getDisplayName()
                + " reviewed one of your contacts and left feedback.", RecordLink.to(RecordKind.MY_REVIEWS));
        em.flush();
        return review;
    }

    /** Per adviser for {@code month}: picked, reviewed, average score. */
    public List<ReviewFigures> figures(YearMonth month) {
        Map<Long, List<ContactReview>> byAdviser = new HashMap<>();
        em.createQuery("select r from ContactReview r where r.month = :m", ContactReview.class)
                .setParameter("m", month.atDay(1)).getResultStream()
                .forEach(r -> byAdviser.computeIfAbsent(r.getAdviser().getId(), id -> new ArrayList<>()).add(r));
        List<ReviewFigures> figures = new ArrayList<>();
        for (UserAccount adviser : accounts.enabledAdvisers()) {
            List<ContactReview> reviewed = byAdviser.getOrDefault(adviser.getId(), List.of()).stream()
                    .filter(r -> r.getStatus() == ContactReview.Status.REVIEWED).toList();
            long waiting = byAdviser.getOrDefault(adviser.getId(), List.of()).size() - reviewed.size();
            figures.add(new ReviewFigures(adviser.getUsername(), adviser.getDisplayName(), waiting, reviewed.size(),
                    reviewed.stream().mapToDouble(ContactReview::score).filter(score -> !Double.isNaN(score))
                            .average().orElse(Double.NaN)));
        }
        return figures;
    }

    /** The signed-in adviser's reviewed contacts, newest first; reading them marks them seen. */
    @RequiresPermission(Permission.VIEW_CONTACT)
    @RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
    public List<ContactReview> mine(Rows rows) {
        List<ContactReview> mine = rows.of(em.createQuery("select r from ContactReview r join fetch r.contact "
                + "where r.adviser.username = :me and r.status = :done order by r.completedAt desc, r.id desc",
                ContactReview.class).setParameter("me", staff.username()).setParameter("done", ContactReview.Status.REVIEWED));
        Instant now = Instant.now();
        mine.forEach(r -> r.seen(now));
        return mine;
    }

    /** How many of the signed-in adviser's contacts have been reviewed. */
    @RequiresPermission(Permission.VIEW_CONTACT)
    @RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
    public long countMine() {
        return em.createQuery("select count(r) from ContactReview r where r.adviser.username = :me and r.status = :done",
                Long.class).setParameter("me", staff.username()).setParameter("done", ContactReview.Status.REVIEWED)
                .getSingleResult();
    }
}
