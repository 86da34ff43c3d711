package org.helpline.view.calls;

import java.io.Serializable;
import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.shared.UserText;
import org.helpline.calls.ContactDraft;
import org.helpline.calls.ContactDrafts;
import org.helpline.calls.ContactForm;
import org.helpline.shared.HelplineException;
import org.helpline.shared.forms.FlatJson;
import org.helpline.view.FormValues;
import org.helpline.view.Formats;
import org.helpline.view.Messages;

/**
 * The contact form's draft: kept on the server every few seconds as the adviser types (the whole form, as
 * {@link ContactDrafts} serialises it, with the call's start), and offered back when they return.
 */
@Named
@ViewScoped
public class LogDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactDrafts drafts;

    @Inject
    LogBacking page;

    @Inject
    LogCaller caller;

    @Inject
    LogTopics topics;

    private ContactDraft pending;
    private String keptAt;

    @PostConstruct
    void start() {
        pending = drafts.latestMine().orElse(null);
    }

    /** Called every few seconds while the adviser types: keeps what the form holds, valid or not. */
    public void autosave() {
        FacesContext faces = LogBacking.faces();
        FormValues.keepTyped(faces, faces.getViewRoot().findComponent("log"));
        ContactForm form = page.getForm();
        form.getCaller().setCompletesFollowUps(caller.ticked());
        try {
            drafts.keep(form, page.getCallStartedAt());
            keptAt = Formats.time(Instant.now());
        } catch (HelplineException refusal) {
            keptAt = null;
        }
    }

    /** Brings back the unsaved contact the adviser left, every field of it, to finish and save. */
    public void restore() {
        if (pending == null) {
            return;
        }
        FlatJson.Read<ContactForm> read = drafts.read(pending);
        page.resume(read.value(), pending.getCallStartedAt());
        caller.relink();
        topics.labelsFor(read.value().getContact().getTopics());
        pending = null;
        String dropped = read.dropped().isEmpty() ? ""
                : " " + UserText.of("log.draftDropped", String.join(", ", read.dropped()));
        Messages.info(LogBacking.faces(), UserText.of("log.draftRestored") + dropped);
    }

    public void discard() {
        if (pending != null) {
            drafts.discard(pending.getIdempotencyKey());
            pending = null;
        }
    }

    public ContactDraft getPending() {
        return pending;
    }

    public String getPendingTime() {
        return pending == null ? "" : Formats.dateTime(pending.getUpdatedAt());
    }

    public String getKeptAt() {
        return keptAt;
    }
}
