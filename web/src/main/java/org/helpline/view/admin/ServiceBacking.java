package org.helpline.view.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.resources.Organisation;
import org.helpline.resources.ServiceCatalogue;
import org.helpline.resources.ServiceForm;
import org.helpline.resources.ServiceStatus;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.HelplineException;
import org.helpline.shared.UserText;
import org.helpline.topics.TopicCatalogue;
import org.helpline.view.Messages;

/** {@code admin/service.xhtml?code=}: adds a service, or edits, closes or retires one. */
@Named
@ViewScoped
public class ServiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    TopicCatalogue topicCatalogue;

    private String code;
    private ServiceForm form;
    private TopicChecklist topics;
    private List<Organisation> organisations;

    /** Runs once when the page opens: the service named by {@code ?code=}, or a blank one. */
    public void load() {
        if (form != null) {
            return;
        }
        organisations = catalogue.organisations();
        form = code == null || code.isBlank() ? new ServiceForm() : catalogue.edit(code);
        topics = new TopicChecklist(topicCatalogue.taxonomy(), form.getTopics());
    }

    public String save() {
        form.setTopics(topics.codes());
        try {
            catalogue.save(form);
            faces().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(faces(), UserText.of("service.saved", form.getName().strip()));
            return "/admin/services?faces-redirect=true";
        } catch (ConcurrentEditException stale) {
            Messages.show(faces(), "service", stale);
            form = catalogue.edit(form.getCode());
            topics = new TopicChecklist(topicCatalogue.taxonomy(), form.getTopics());
            return null;
        } catch (HelplineException refusal) {
            Messages.show(faces(), "service", refusal);
            return null;
        }
    }

    public ServiceStatus[] getStatuses() {
        return ServiceStatus.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ServiceForm getForm() {
        return form;
    }

    public TopicChecklist getTopics() {
        return topics;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
