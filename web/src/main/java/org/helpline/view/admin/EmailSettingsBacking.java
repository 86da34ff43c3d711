package org.helpline.view.admin;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.email.EmailSettingsAdmin;
import org.helpline.email.EmailSettingsAdmin.Form;
import org.helpline.shared.HelplineException;
import org.helpline.shared.UserText;
import org.helpline.view.Messages;

/** {@code admin/email.xhtml}: the acknowledgement new enquiries get, and the words that suggest a risk. */
@Named
@ViewScoped
public class EmailSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EmailSettingsAdmin settings;

    private long version;
    private boolean acknowledge;
    private String acknowledgement;
    private String riskToLifeWords;
    private String selfHarmWords;
    private String abuseWords;

    @PostConstruct
    void load() {
        show(settings.get());
    }

    private void show(Form form) {
        version = form.version();
        acknowledge = form.acknowledge();
        acknowledgement = form.acknowledgement();
        riskToLifeWords = form.riskToLifeWords();
        selfHarmWords = form.selfHarmWords();
        abuseWords = form.abuseWords();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(settings.save(new Form(version, acknowledge, acknowledgement, riskToLifeWords, selfHarmWords, abuseWords)));
            Messages.info(faces, UserText.of("email.settings.saved"));
        } catch (HelplineException refusal) {
            Messages.show(faces, "emailSettings", refusal);
        }
    }

    public boolean isAcknowledge() {
        return acknowledge;
    }

    public void setAcknowledge(boolean acknowledge) {
        this.acknowledge = acknowledge;
    }

    public String getAcknowledgement() {
        return acknowledgement;
    }

    public void setAcknowledgement(String acknowledgement) {
        this.acknowledgement = acknowledgement;
    }

    public String getRiskToLifeWords() {
        return riskToLifeWords;
    }

    public void setRiskToLifeWords(String riskToLifeWords) {
        this.riskToLifeWords = riskToLifeWords;
    }

    public String getSelfHarmWords() {
        return selfHarmWords;
    }

    public void setSelfHarmWords(String selfHarmWords) {
        this.selfHarmWords = selfHarmWords;
    }

    public String getAbuseWords() {
        return abuseWords;
    }

    public void setAbuseWords(String abuseWords) {
        this.abuseWords = abuseWords;
    }
}
