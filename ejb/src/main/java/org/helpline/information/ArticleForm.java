package org.helpline.information;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An admin's edit of an article: a new one when {@code code} is null. */
public class ArticleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private long version;
    private ArticleKind kind = ArticleKind.ARTICLE;
    private String title;
    private String summary;
    private String body;
    private String owner;
    private List<String> topics = new ArrayList<>();
    private LocalDate reviewBy;
    private LocalDate alertUntil;
    private boolean published = true;

    public static ArticleForm of(Article article) {
        ArticleForm form = new ArticleForm();
        form.code = article.getCode();
        form.version = article.getVersion();
        form.kind = article.getKind();
        form.title = article.getTitle();
        form.summary = article.getSummary();
        form.body = article.getBody();
        form.owner = article.getOwner();
        form.topics = new ArrayList<>(article.getTopics().stream().map(topic -> topic.getCode()).toList());
        form.reviewBy = article.getReviewBy();
        form.alertUntil = article.getAlertUntil();
        form.published = article.isPublished();
        return form;
    }

    public boolean isNew() {
        return code == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public ArticleKind getKind() {
        return kind;
    }

    public void setKind(ArticleKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
    }

    public LocalDate getReviewBy() {
        return reviewBy;
    }

    public void setReviewBy(LocalDate reviewBy) {
        this.reviewBy = reviewBy;
    }

    public LocalDate getAlertUntil() {
        return alertUntil;
    }

    public void setAlertUntil(LocalDate alertUntil) {
        this.alertUntil = alertUntil;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
