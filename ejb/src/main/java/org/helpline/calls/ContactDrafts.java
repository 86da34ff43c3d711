package org.helpline.calls;

import static org.helpline.shared.JsonValues.JSON;

import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.shared.UserText;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.UserAccount;
import org.helpline.security.CurrentStaff;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.forms.FlatJson;

/**
 * Keeps each adviser's unsaved contact forms as they type, so nothing is lost, and hands the latest
 * back when they return. An adviser only ever sees their own drafts.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
@RequiresPermission(Permission.LOG_CONTACT)
public class ContactDrafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    /**
     * Keeps the form as it stands, every field of it, valid or not, with the start of its call (null when
     * not known); a form already saved as a contact is left alone.
     */
    public void keep(ContactForm form, Instant callStartedAt) {
        keep(form.getIdempotencyKey(), FlatJson.toJson(form).toString(), callStartedAt);
    }

    /** A kept draft read back into a form: what no longer fits the form is dropped, and named. */
    public FlatJson.Read<ContactForm> read(ContactDraft draft) {
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(draft.getFields()))) {
            json = reader.readObject();
        } catch (RuntimeException unreadable) {
            json = JSON.createObjectBuilder().build();
        }
        FlatJson.Read<ContactForm> read = FlatJson.fromDraft(json, ContactForm.class);
        read.value().setIdempotencyKey(draft.getIdempotencyKey());
        return read;
    }

    /** Stores what the form holds now; a form already saved as a contact is left alone. */
    private void keep(String idempotencyKey, String fieldsJson, Instant callStartedAt) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
            throw new InvalidInputException("idempotencyKey", UserText.of("draft.idempotencyKey.required"));
        }
        if (fieldsJson == null || fieldsJson.length() > ContactDraft.MAX_FIELDS) {
            throw new InvalidInputException("draft", UserText.of("draft.size"));
        }
        UserAccount me = me();
        boolean saved = !em.createQuery("select c.id from Contact c where c.adviser = :me and c.idempotencyKey = :key",
                Long.class).setParameter("me", me).setParameter("key", idempotencyKey).getResultList().isEmpty();
        if (saved) {
            return;
        }
        Optional<ContactDraft> existing = byKey(idempotencyKey, me);
        if (existing.isPresent()) {
            if (existing.get().belongsTo(me)) {
                existing.get().keep(fieldsJson, callStartedAt, Instant.now());
            }
            return;
        }
        em.persist(new ContactDraft(me, idempotencyKey, fieldsJson, callStartedAt, Instant.now()));
    }

    /** My most recent unsaved form, if any. */
    public Optional<ContactDraft> latestMine() {
        return em.createQuery("select d from ContactDraft d where d.adviser = :me order by d.updatedAt desc",
                ContactDraft.class).setParameter("me", me()).setMaxResults(1).getResultStream().findFirst();
    }

    /** Throws one of my drafts away; also done when its contact is saved, in the same transaction. */
    public void discard(String idempotencyKey) {
        discard(em, me(), idempotencyKey);
    }

    /** Throws {@code adviser}'s draft away: for the contact log, saving its contact in its own transaction. */
    static void discard(EntityManager em, UserAccount adviser, String idempotencyKey) {
        byKey(em, idempotencyKey, adviser).filter(d -> d.belongsTo(adviser)).ifPresent(em::remove);
    }

    /** One of {@code adviser}'s drafts: keys are each adviser's own, as contacts' are. */
    private Optional<ContactDraft> byKey(String key, UserAccount adviser) {
        return byKey(em, key, adviser);
    }

    private static Optional<ContactDraft> byKey(EntityManager em, String key, UserAccount adviser) {
        return em.createQuery("select d from ContactDraft d where d.adviser = :adviser and d.idempotencyKey = :key",
                ContactDraft.class).setParameter("adviser", adviser).setParameter("key", key).getResultStream().findFirst();
    }

    private UserAccount me() {
        return staff.account();
    }
}
