package org.helpline.view.emails;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.email.EmailQueue;
import org.helpline.email.EmailQueue.Enquiry;
import org.helpline.email.EmailReplies;
import org.helpline.information.ArticleCard;
import org.helpline.information.InformationLibrary;
import org.helpline.shared.HelplineException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.view.Messages;

/**
 * {@code emails/enquiry.xhtml?id=}: one email enquiry read in full: each email's text (its HTML only as
 * sanitised when it arrived), the sender checks' verdict, what could not be read, the files, and the callers
 * the sender may be. Taken and put back from here. Every rule is {@link EmailQueue}'s.
 */
@Named
@ViewScoped
public class EnquiryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EmailQueue queue;

    @Inject
    EmailReplies replies;

    @Inject
    InformationLibrary library;

    private Long id;
    private Enquiry enquiry;
    private String replyText;
    private String articleCode;
    private String alertCode;
    private String riskNote;
    private List<ArticleCard> articles;
    private List<ArticleCard> alerts;

    /** The view action: loads the enquiry; the page answers 404 when it is not there or not this user's to read. */
    public void load() {
        enquiry = null;
        if (id == null || id <= 0) {
            return;
        }
        try {
            enquiry = queue.get(id);
        } catch (NotFoundException missing) {
            enquiry = null;
        }
    }

    public boolean isMissing() {
        return enquiry == null;
    }

    /** Puts the chosen article's title, summary and text at the end of the reply. */
    public void insertArticle() {
        insert(articleCode, "enquiryForm:article");
        articleCode = null;
    }

    /** Puts the chosen scam alert at the end of the reply. */
    public void insertAlert() {
        insert(alertCode, "enquiryForm:alert");
        alertCode = null;
    }

    private void insert(String code, String field) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (code == null || code.isBlank()) {
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, UserText.of("email.reply.chooseArticle"),
                    UserText.of("email.reply.chooseArticle")));
            return;
        }
        try {
            ArticleCard card = library.publishedCard(code);
            String text = replyText == null || replyText.isBlank() ? "" : replyText.stripTrailing() + "\n\n";
            replyText = text + card.title() + "\n\n" + (card.summary() == null ? "" : card.summary() + "\n\n")
                    + card.body();
        } catch (HelplineException refusal) {
            Messages.show(faces, "enquiryForm", refusal);
        }
    }

    /** Sends the reply; on success the text is cleared and the enquiry shows it; on refusal the text stays. */
    public void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            EmailReplies.Sent sent = replies.reply(id, seenVersion(), replyText);
            replyText = null;
            Messages.info(faces, UserText.of("email.reply.sent", sent.to()));
        } catch (HelplineException refusal) {
            Messages.show(faces, "enquiryForm", refusal);
        }
        reload();
    }

    /**
     * Dismisses the suggested risk with the adviser's reason (refused at the field without one). An enquiry that
     * was open to the team only for its risk, and is not this adviser's, is theirs to read no more: then back to the
     * queue, saying it was done.
     */
    public String dismissRisk() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            queue.dismissRisk(id, seenVersion(), riskNote);
            riskNote = null;
            Messages.info(faces, UserText.of("email.risk.dismissed"));
        } catch (HelplineException refusal) {
            Messages.show(faces, "enquiryForm", refusal);
        }
        reload();
        if (enquiry == null) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/emails/queue?faces-redirect=true";
        }
        return null;
    }

    /** The suggested kinds of risk, by name, for the contact form opened to confirm them. */
    public String getSuggestedRisks() {
        return enquiry == null ? "" : String.join(",", enquiry.riskKinds().stream().map(Enum::name).toList());
    }

    public String getRiskNote() {
        return riskNote;
    }

    public void setRiskNote(String riskNote) {
        this.riskNote = riskNote;
    }

    public String getSignature() {
        return replies.signature();
    }

    public List<ArticleCard> getArticles() {
        if (articles == null) {
            articles = library.published();
        }
        return articles;
    }

    public List<ArticleCard> getAlerts() {
        if (alerts == null) {
            alerts = library.activeAlerts();
        }
        return alerts;
    }

    /** Whether this user can reply here: they hold it, nobody does yet, or it was answered and they may read it. */
    public boolean isMayReply() {
        return enquiry != null && !enquiry.correspondent().isEmpty()
                && (enquiry.takenByMe() || enquiry.takenBy() == null || !enquiry.status().inQueue());
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }

    public String getArticleCode() {
        return articleCode;
    }

    public void setArticleCode(String articleCode) {
        this.articleCode = articleCode;
    }

    public String getAlertCode() {
        return alertCode;
    }

    public void setAlertCode(String alertCode) {
        this.alertCode = alertCode;
    }

    public void take() {
        act(() -> queue.take(id));
    }

    /** Closes the enquiry without a reply (it needs none); back to the queue, saying so. */
    public String close() {
        try {
            queue.close(id, seenVersion());
            Messages.info(FacesContext.getCurrentInstance(), UserText.of("email.closed"));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/emails/queue?faces-redirect=true";
        } catch (HelplineException refusal) {
            Messages.show(FacesContext.getCurrentInstance(), "enquiryForm", refusal);
            reload();
            return null;
        }
    }

    public void release() {
        act(() -> queue.release(id));
    }

    /** The version of the enquiry as this page shows it: a change made since is refused, and the page reloaded. */
    private long seenVersion() {
        return enquiry == null ? -1 : enquiry.version();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (HelplineException refusal) {
            Messages.show(FacesContext.getCurrentInstance(), "enquiryForm", refusal);
        }
        reload();
    }

    /**
     * The enquiry read again after a change; one this user may no longer read (it has left their hands and its
     * caller is someone they do not work with) shows as not found, not as an error.
     */
    private void reload() {
        try {
            enquiry = queue.get(id);
        } catch (NotFoundException gone) {
            enquiry = null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Enquiry getEnquiry() {
        return enquiry;
    }
}
