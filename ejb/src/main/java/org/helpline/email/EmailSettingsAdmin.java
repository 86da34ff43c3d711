package org.helpline.email;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.InvalidInputsException;
import org.helpline.shared.UserText;
import org.helpline.shared.forms.FieldRefusal;

/** Admins keep the mailbox's acknowledgement and the words that suggest a risk ({@link EmailSettings}). */
@Stateless
@RolesAllowed(Roles.ADMIN)
@RequiresPermission(Permission.MANAGE_REFERENCE_DATA)
public class EmailSettingsAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    /** What an admin edits, with the version they read. */
    public record Form(long version, boolean acknowledge, String acknowledgement, String riskToLifeWords,
            String selfHarmWords, String abuseWords) {
    }

    public Form get() {
        EmailSettings s = em.find(EmailSettings.class, EmailSettings.ID);
        return new Form(s.getVersion(), s.isAcknowledge(), s.getAcknowledgement(), s.getRiskToLifeWords(),
                s.getSelfHarmWords(), s.getAbuseWords());
    }

    /**
     * Saves the settings: every field at fault named at once (an empty acknowledgement, a text too long, a phrase
     * too short or too long); a copy older than the saved one is refused, naming who saved it.
     */
    public Form save(Form form) {
        EmailSettings s = em.find(EmailSettings.class, EmailSettings.ID);
        List<FieldRefusal> refusals = new ArrayList<>();
        String ack = form.acknowledgement() == null ? "" : form.acknowledgement().strip();
        if (ack.isEmpty()) {
            refusals.add(new FieldRefusal("acknowledgement", UserText.of("email.settings.ackRequired")));
        } else if (ack.length() > EmailSettings.TEXT_MAX) {
            refusals.add(new FieldRefusal("acknowledgement", UserText.of("email.settings.tooLong", EmailSettings.TEXT_MAX)));
        }
        String life = words(form.riskToLifeWords(), "riskToLifeWords", refusals);
        String harm = words(form.selfHarmWords(), "selfHarmWords", refusals);
        String abuse = words(form.abuseWords(), "abuseWords", refusals);
        if (!refusals.isEmpty()) {
            throw new InvalidInputsException(refusals);
        }
        if (s.getVersion() != form.version()) {
            throw new ConcurrentEditException(UserText.of("email.settings.describe"), s.getUpdatedBy(), s.getUpdatedAt());
        }
        s.change(form.acknowledge(), ack, life, harm, abuse, staff.username(), Instant.now());
        em.flush();
        return get();
    }

    private static String words(String list, String field, List<FieldRefusal> refusals) {
        List<String> phrases = RiskWords.lines(list);
        String joined = String.join("\n", phrases);
        if (joined.length() > EmailSettings.TEXT_MAX || phrases.size() > RiskWords.PHRASES_MAX) {
            refusals.add(new FieldRefusal(field, UserText.of("email.settings.tooLong", EmailSettings.TEXT_MAX)));
        }
        for (String phrase : phrases) {
            if (phrase.length() < 3 || phrase.length() > RiskWords.PHRASE_MAX) {
                refusals.add(new FieldRefusal(field, UserText.of("email.settings.phrase", phrase.length() > 40
                        ? phrase.substring(0, 40) + "…" : phrase, RiskWords.PHRASE_MAX)));
                break;
            }
        }
        return joined;
    }
}
