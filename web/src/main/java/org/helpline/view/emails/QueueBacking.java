package org.helpline.view.emails;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.email.EmailQueue;
import org.helpline.email.EmailQueue.QueueItem;
import org.helpline.shared.HelplineException;
import org.helpline.view.Messages;

/**
 * {@code emails/queue.xhtml}: the team's email enquiries waiting for an answer, the longest waiting first; one
 * taken from a row opens it to read and answer. Every rule is {@link EmailQueue}'s.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EmailQueue queue;

    private List<QueueItem> waiting;

    @PostConstruct
    void load() {
        waiting = queue.waiting(Instant.now());
    }

    /** Takes the enquiry and opens it; a refusal (someone else took it first) is said on the queue. */
    public String take(long id) {
        try {
            queue.take(id);
            return "/emails/enquiry?faces-redirect=true&id=" + id;
        } catch (HelplineException refusal) {
            Messages.show(FacesContext.getCurrentInstance(), "queue", refusal);
            load();
            return null;
        }
    }

    public void refresh() {
        load();
    }

    public List<QueueItem> getWaiting() {
        return waiting;
    }
}
