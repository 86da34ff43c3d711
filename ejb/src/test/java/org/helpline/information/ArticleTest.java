package org.helpline.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.helpline.shared.InvalidInputException;
import org.helpline.topics.Topic;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Set<Topic> FATIGUE = Set.of(Topic.topLevel("symptoms", "Symptoms", null, 10)
            .addSubtopic("symptoms.fatigue", "Fatigue", null, 10));

    private static Article article(ArticleKind kind, LocalDate reviewBy, LocalDate alertUntil) {
        Article article = new Article("a", kind, Instant.EPOCH)
                .write("Fatigue", "Short", "Long", "Info team", FATIGUE, reviewBy, alertUntil, TODAY);
        article.publish(null, Instant.EPOCH);
        return article;
    }

    @Test
    void aPublishedArticleIsStaleTheDayAfterItsReviewDate() {
        Article article = article(ArticleKind.ARTICLE, TODAY, null);
        assertFalse(article.isStaleOn(TODAY));
        assertTrue(article.isStaleOn(TODAY.plusDays(1)));
        article.withdraw(null, Instant.EPOCH);
        assertFalse(article.isStaleOn(TODAY.plusDays(1)), "a withdrawn article is not shown, so not stale");
    }

    @Test
    void aReviewDateIsNeverSetInThePast() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> article(ArticleKind.ARTICLE, TODAY.minusDays(1), null));
        assertEquals("reviewBy", refused.getField());

        Article article = article(ArticleKind.ARTICLE, TODAY.plusDays(3), null);
        assertEquals("nextReviewBy", assertThrows(InvalidInputException.class,
                () -> article.reviewed(TODAY, TODAY, null, Instant.EPOCH)).getField());
        article.reviewed(TODAY.plusMonths(6), TODAY, null, Instant.EPOCH);
        assertEquals(TODAY.plusMonths(6), article.getReviewBy());
    }

    @Test
    void editingTheTextOfAStaleArticleLeavesItStale() {
        Article article = article(ArticleKind.ARTICLE, TODAY, null);
        LocalDate later = TODAY.plusDays(10);
        article.write("Fatigue, revised", "Short", "Long", "Info team", FATIGUE, TODAY, null, later);
        assertTrue(article.isStaleOn(later));
    }

    @Test
    void anArticleNeedsItsTextOwnerAndATopic() {
        Article draft = new Article("b", ArticleKind.ARTICLE, Instant.EPOCH);
        assertEquals("title", field(() -> draft.write(" ", "s", "b", "o", FATIGUE, TODAY, null, TODAY)));
        assertEquals("summary", field(() -> draft.write("t", "x".repeat(501), "b", "o", FATIGUE, TODAY, null, TODAY)));
        assertEquals("owner", field(() -> draft.write("t", "s", "b", null, FATIGUE, TODAY, null, TODAY)));
        assertEquals("topics", field(() -> draft.write("t", "s", "b", "o", Set.of(), TODAY, null, TODAY)));
        assertEquals("alertUntil", field(() -> draft.write("t", "s", "b", "o", FATIGUE, TODAY, TODAY, TODAY)));
    }

    @Test
    void aScamAlertIsActiveUntilItsEndDate() {
        Article alert = article(ArticleKind.SCAM_ALERT, TODAY.plusMonths(1), TODAY.plusDays(7));
        assertTrue(alert.isActiveAlertOn(TODAY.plusDays(7)));
        assertFalse(alert.isActiveAlertOn(TODAY.plusDays(8)));
        assertFalse(article(ArticleKind.ARTICLE, TODAY, null).isActiveAlertOn(TODAY));
    }

    private static String field(Runnable work) {
        return assertThrows(InvalidInputException.class, work::run).getField();
    }
}
