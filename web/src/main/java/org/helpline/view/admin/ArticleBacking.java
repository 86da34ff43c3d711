package org.helpline.view.admin;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.information.ArticleForm;
import org.helpline.information.ArticleKind;
import org.helpline.information.InformationLibrary;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.HelplineException;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.UserText;
import org.helpline.topics.TopicCatalogue;
import org.helpline.view.Messages;

/** {@code admin/article.xhtml?code=}: writes an article or scam alert, or records that one was reviewed. */
@Named
@ViewScoped
public class ArticleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InformationLibrary library;

    @Inject
    TopicCatalogue topicCatalogue;

    private String code;
    private ArticleForm form;
    private TopicChecklist topics;
    private LocalDate nextReviewBy;

    public void load() {
        if (form != null) {
            return;
        }
        if (code == null || code.isBlank()) {
            form = new ArticleForm();
            form.setReviewBy(LocalDate.now(HelplineTime.CLOCK).plusMonths(12));
        } else {
            form = library.edit(code);
        }
        nextReviewBy = LocalDate.now(HelplineTime.CLOCK).plusMonths(12);
        topics = new TopicChecklist(topicCatalogue.taxonomy(), form.getTopics());
    }

    public String save() {
        form.setTopics(topics.codes());
        try {
            library.save(form);
            return done(UserText.of("article.saved", form.getTitle().strip()));
        } catch (HelplineException refusal) {
            return refused(refusal);
        }
    }

    /** The article was checked and is still right: it is fresh until the date chosen. */
    public String markReviewed() {
        try {
            library.markReviewed(form.getCode(), form.getVersion(), nextReviewBy);
            return done(UserText.of("article.reviewed", form.getTitle()));
        } catch (HelplineException refusal) {
            return refused(refusal);
        }
    }

    private String done(String message) {
        faces().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(faces(), message);
        return "/admin/articles?faces-redirect=true";
    }

    private String refused(HelplineException refusal) {
        Messages.show(faces(), "article", refusal);
        if (refusal instanceof ConcurrentEditException) {
            form = library.edit(form.getCode());
            topics = new TopicChecklist(topicCatalogue.taxonomy(), form.getTopics());
        }
        return null;
    }

    public ArticleKind[] getKinds() {
        return ArticleKind.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ArticleForm getForm() {
        return form;
    }

    public TopicChecklist getTopics() {
        return topics;
    }

    public LocalDate getNextReviewBy() {
        return nextReviewBy;
    }

    public void setNextReviewBy(LocalDate nextReviewBy) {
        this.nextReviewBy = nextReviewBy;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
