package org.helpline.information;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What an adviser sees of an article beside a contact form: enough to read it out, and whether it is stale. */
public record ArticleCard(String code, ArticleKind kind, String title, String summary, String body, String owner,
        LocalDate reviewBy, boolean stale, List<String> topicLabels) implements Serializable {

    static ArticleCard of(Article article, LocalDate today) {
        return new ArticleCard(article.getCode(), article.getKind(), article.getTitle(), article.getSummary(),
                article.getBody(), article.getOwner(), article.getReviewBy(), article.isStaleOn(today),
                article.getTopics().stream().map(topic -> topic.getLabel()).sorted().toList());
    }

    public boolean isAlert() {
        return kind == ArticleKind.SCAM_ALERT;
    }
}
