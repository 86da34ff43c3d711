package org.helpline.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Vetted information: seeded articles reach advisers by topic, stale ones are marked, scam alerts are
 * always to hand, admins keep the library, and articles given are linked to the contact.
 */
@ExtendWith(ArquillianExtension.class)
class InformationLibraryIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsAdmin admin;

    @Inject
    InformationLibrary library;

    @Inject
    ContactLog log;

    @Inject
    Database db;

    private List<String> codesFor(String... topics) {
        return adviser.call(() -> library.forTopics(List.of(topics))).stream().map(ArticleCard::code).toList();
    }

    @Test
    void articlesFollowTheContactsTopicsAndTheirParents() {
        assertEquals(List.of("fatigue-and-facets"), codesFor("symptoms.fatigue"));
        assertTrue(codesFor("research").containsAll(List.of("ms-smart-trial-results", "progressive-ms-research")),
                "a top-level topic brings the articles about its subtopics");
        assertTrue(codesFor("mental-health.bereavement").isEmpty());
        assertFalse(codesFor("scams-unproven.fraud").contains("scam-vaccination-passports"),
                "scam alerts show on every contact, not among the articles");
    }

    @Test
    void anArticlePastItsReviewDateIsMarkedStaleForAdvisersAndListedForAdmins() {
        ArticleCard smart = adviser.call(() -> library.forTopics(List.of("research.trial-results"))).stream()
                .filter(card -> card.code().equals("ms-smart-trial-results")).findFirst().orElseThrow();
        assertTrue(smart.stale(), "the seeded MS-SMART article was due for review on 30 September 2026");
        ArticleCard fatigue = adviser.call(() -> library.forTopics(List.of("symptoms.fatigue"))).get(0);
        assertFalse(fatigue.stale());

        List<String> stale = admin.call(() -> library.stale()).stream().map(Article::getCode).toList();
        assertTrue(stale.contains("ms-smart-trial-results"));
        assertFalse(stale.contains("fatigue-and-facets"));
        assertEquals("ms-smart-trial-results", admin.call(() -> AllRows.of(library::all)).get(0).getCode(),
                "stale articles come first in the admin list");
    }

    @Test
    void activeScamAlertsAreAlwaysToHand() {
        List<String> alerts = adviser.call(library::activeAlerts).stream().map(ArticleCard::code).toList();
        assertTrue(alerts.containsAll(List.of("scam-vaccination-passports", "scam-paid-cures")), alerts.toString());
    }

    @Test
    void anAdminWritesAnArticleAndAdvisersSeeItOnceItIsPublished() {
        ArticleForm form = newArticle("Bladder problems " + ContactForms.unique());
        form.setPublished(false);
        Article draft = admin.call(() -> library.save(form));
        assertFalse(codesFor("symptoms.bladder-bowel").contains(draft.getCode()), "a draft is not shown");

        ArticleForm edit = admin.call(() -> library.edit(draft.getCode()));
        edit.setPublished(true);
        admin.call(() -> library.save(edit));
        assertTrue(codesFor("symptoms.bladder-bowel").contains(draft.getCode()));
    }

    @Test
    void theSecondAdminToSaveAnArticleIsToldAndNothingIsLost() {
        Article saved = admin.call(() -> library.save(newArticle("Vision " + ContactForms.unique())));
        ArticleForm first = admin.call(() -> library.edit(saved.getCode()));
        ArticleForm second = admin.call(() -> library.edit(saved.getCode()));
        first.setSummary("First admin's summary");
        admin.call(() -> library.save(first));
        second.setSummary("Second admin's summary");

        assertThrows(ConcurrentEditException.class, () -> admin.call(() -> library.save(second)));
        assertEquals("First admin's summary", admin.call(() -> library.edit(saved.getCode())).getSummary());
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        long before = db.count("select count(a) from Article a");
        ArticleForm past = newArticle("Past " + ContactForms.unique());
        past.setReviewBy(LocalDate.now(HelplineTime.CLOCK).minusDays(1));
        assertEquals("reviewBy", field(() -> library.save(past)));
        ArticleForm noTopic = newArticle("No topic " + ContactForms.unique());
        noTopic.setTopics(List.of());
        assertEquals("topics", field(() -> library.save(noTopic)));
        ArticleForm noTitle = newArticle(" ");
        assertEquals("title", field(() -> library.save(noTitle)));
        assertEquals(before, db.count("select count(a) from Article a"));
    }

    @Test
    void markingAnArticleReviewedMovesItsReviewDate() {
        Article saved = admin.call(() -> library.save(newArticle("Spasticity " + ContactForms.unique())));
        LocalDate next = LocalDate.now(HelplineTime.CLOCK).plusMonths(9);
        Article reviewed = admin.call(() -> library.markReviewed(saved.getCode(), saved.getVersion(), next));
        assertEquals(next, reviewed.getReviewBy());
        assertThrows(ConcurrentEditException.class,
                () -> admin.call(() -> library.markReviewed(saved.getCode(), saved.getVersion(), next.plusDays(1))));
    }

    @Test
    void onlyAdminsKeepTheLibrary() {
        assertThrows(EJBAccessException.class, () -> adviser.call(() -> library.save(newArticle("Nope"))));
        assertThrows(EJBAccessException.class, () -> adviser.call(() -> library.stale()));
    }

    @Test
    void articlesGivenOnACallAreLinkedToTheContact() {
        ContactForm form = ContactForms.anonymousCall();
        form.getContact().setArticlesGiven(List.of("fatigue-and-facets", "scam-paid-cures"));
        long id = adviser.call(() -> log.log(form).getId());

        List<?> linked = db.nativeQuery("select a.code from contact_article ca join article a on a.id = ca.article_id "
                + "where ca.contact_id = ?1 order by a.code", id);
        assertEquals(List.of("fatigue-and-facets", "scam-paid-cures"), linked);
    }

    @Test
    void onlyPublishedArticlesCanBeRecordedAsGiven() {
        ArticleForm draftForm = newArticle("Unpublished " + ContactForms.unique());
        draftForm.setPublished(false);
        String draft = admin.call(() -> library.save(draftForm)).getCode();
        long before = db.count("select count(c) from Contact c");
        ContactForm form = ContactForms.anonymousCall();
        form.getContact().setArticlesGiven(List.of(draft));

        assertEquals("articles", assertThrows(InvalidInputException.class, () -> adviser.call(() -> log.log(form))).getField());
        assertEquals(before, db.count("select count(c) from Contact c"), "nothing half-saved");
    }

    private static ArticleForm newArticle(String title) {
        ArticleForm form = new ArticleForm();
        form.setKind(ArticleKind.ARTICLE);
        form.setTitle(title);
        form.setSummary("A short summary to read out.");
        form.setBody("The longer text.");
        form.setOwner("Information standards team");
        form.setTopics(List.of("symptoms.bladder-bowel"));
        form.setReviewBy(LocalDate.now(HelplineTime.CLOCK).plusMonths(6));
        return form;
    }

    private String field(org.helpline.testing.SignedIn.Work<?> work) {
        return assertThrows(InvalidInputException.class, () -> admin.call(work)).getField();
    }
}
