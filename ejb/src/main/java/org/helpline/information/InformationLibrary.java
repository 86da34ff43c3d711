package org.helpline.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.shared.Rows;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.shared.persistence.Codes;
import org.helpline.topics.TopicCatalogue;

/**
 * The vetted information advisers give: articles for the topics of a contact, active scam alerts, and
 * for admins the whole library with stale articles first.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR, Roles.ADMIN})
public class InformationLibrary {

    static final int MAX_FOR_TOPICS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    TopicCatalogue topics;

    @Inject
    CurrentStaff staff;

    /**
     * Published articles about any of these topics, about a subtopic of one, or about the top-level topic
     * one sits under; fresh ones before stale ones. Scam alerts are left out: {@link #activeAlerts()} shows them on every contact.
     */
    public List<ArticleCard> forTopics(Collection<String> topicCodes) {
        if (topicCodes == null || topicCodes.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return em.createQuery("select distinct a from Article a join a.topics t left join t.parent p "
                + "where a.status = :published and a.kind = :article "
                + "and (t.code in :codes or p.code in :codes or exists (select c from Topic c join c.parent cp "
                + "where c.code in :codes and cp = t)) order by a.title", Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("article", ArticleKind.ARTICLE)
                .setParameter("codes", topicCodes).setMaxResults(MAX_FOR_TOPICS).getResultList().stream()
                .map(article -> ArticleCard.of(article, today))
                .sorted((a, b) -> Boolean.compare(a.stale(), b.stale())).toList();
    }

    /** Every published article (not the scam alerts), by title: for an adviser choosing what to send. */
    public List<ArticleCard> published() {
        LocalDate today = today();
        return em.createQuery("select a from Article a where a.status = :published and a.kind = :article order by a.title",
                Article.class).setParameter("published", ArticleStatus.PUBLISHED).setParameter("article", ArticleKind.ARTICLE)
                .getResultList().stream().map(article -> ArticleCard.of(article, today)).toList();
    }

    /** A published article or active scam alert by its code, to put into a reply; anything else is not found. */
    public ArticleCard publishedCard(String code) {
        LocalDate today = today();
        return em.createQuery("select a from Article a where a.code = :code and a.status = :published", Article.class)
                .setParameter("code", code == null ? "" : code).setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream().filter(a -> a.getKind() != ArticleKind.SCAM_ALERT || a.getAlertUntil() == null
                        || !a.getAlertUntil().isBefore(today))
                .findFirst().map(a -> ArticleCard.of(a, today))
                .orElseThrow(() -> new InvalidInputException("article", UserText.of("article.given.published")));
    }

    /** Scam alerts that are published and not past their end date: shown beside every contact form. */
    public List<ArticleCard> activeAlerts() {
        LocalDate today = today();
        return em.createQuery("select a from Article a where a.kind = :alert and a.status = :published "
                + "and (a.alertUntil is null or a.alertUntil >= :today) order by a.title", Article.class)
                .setParameter("alert", ArticleKind.SCAM_ALERT).setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("today", today).getResultList().stream()
                .map(article -> ArticleCard.of(article, today)).toList();
    }

    /** Published articles by their codes, for linking to a contact; any other code is refused. */
    public Set<Article> givenOnCall(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        Set<String> wanted = new LinkedHashSet<>(codes);
        List<Article> found = em.createQuery("select a from Article a where a.code in :codes and a.status = :published",
                Article.class).setParameter("codes", wanted).setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList();
        if (found.size() != wanted.size()) {
            throw new InvalidInputException("articles", UserText.of("article.given.published"));
        }
        return new LinkedHashSet<>(found);
    }

    /** Every article, those past their review date first, then by title. */
    @RequiresPermission(Permission.MANAGE_REFERENCE_DATA)
    @RolesAllowed(Roles.ADMIN)
    public List<Article> all(Rows rows) {
        return rows.of(em.createQuery("select a from Article a order by case when a.status = :published "
                + "and a.reviewBy < :today then 0 else 1 end, a.title, a.id", Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("today", today()));
    }

    /** How many articles there are, of any status. */
    @RequiresPermission(Permission.MANAGE_REFERENCE_DATA)
    @RolesAllowed(Roles.ADMIN)
    public long count() {
        return em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    }

    /** How many published articles are past their review-by date. */
    @RequiresPermission(Permission.MANAGE_REFERENCE_DATA)
    @RolesAllowed(Roles.ADMIN)
    public long countStale() {
        return em.createQuery("select count(a) from Article a where a.status = :published and a.reviewBy < :today",
                Long.class).setParameter("published", ArticleStatus.PUBLISHED).setParameter("today", today())
                .getSingleResult();
    }

    /** Published articles whose review-by date has passed. */
    @RequiresPermission(Permission.MANAGE_REFERENCE_DATA)
    @RolesAllowed(Roles.ADMIN)
    public List<Article> stale() {
        return em.createQuery("select a from Article a where a.status = :published and a.reviewBy < :today "
                + "order by a.reviewBy, a.title", Article.class).setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("today", today()).getResultList();
    }

    @RequiresPermission(Permission.MANAGE_REFERENCE_DATA)
    @RolesAllowed(Roles.ADMIN)
    public ArticleForm edit(String code) {
        return ArticleForm.of(require(code));
    }

    /**
     * Creates or changes an article from an admin's form. Refuses a copy someone else saved in the
     * meantime, and input the article's rules refuse; nothing is written then.
     */
    @RequiresPermission(Permission.MANAGE_REFERENCE_DATA)
    @RolesAllowed(Roles.ADMIN)
    public Article save(ArticleForm form) {
        Instant now = Instant.now();
        Article article;
        if (form.isNew()) {
            if (form.getKind() == null) {
                throw new InvalidInputException("kind", UserText.of("article.kind.required"));
            }
            article = new Article(Codes.unique(em, "Article", form.getTitle(), "article"), form.getKind(), now);
        } else {
            article = require(form.getCode());
            article.checkVersion(form.getVersion());
        }
        article.write(form.getTitle(), form.getSummary(), form.getBody(), form.getOwner(),
                topics.byCodes(new LinkedHashSet<>(form.getTopics())), form.getReviewBy(), form.getAlertUntil(), today());
        if (form.isPublished()) {
            article.publish(staff.account(), now);
        } else if (article.isPublished()) {
            article.withdraw(staff.account(), now);
        } else {
            article.touch(staff.account(), now);
        }
        if (form.isNew()) {
            em.persist(article);
        }
        em.flush();
        return article;
    }

    /** Records that the article was checked and is right until {@code nextReviewBy}. */
    @RequiresPermission(Permission.MANAGE_REFERENCE_DATA)
    @RolesAllowed(Roles.ADMIN)
    public Article markReviewed(String code, long version, LocalDate nextReviewBy) {
        Article article = require(code);
        article.checkVersion(version);
        article.reviewed(nextReviewBy, today(), staff.account(), Instant.now());
        em.flush();
        return article;
    }

    private Article require(String code) {
        return em.createQuery("select a from Article a where a.code = :code", Article.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(UserText.of("notFound.article")));
    }

    static LocalDate today() {
        return LocalDate.now(HelplineTime.CLOCK);
    }
}
