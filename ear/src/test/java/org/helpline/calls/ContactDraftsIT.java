package org.helpline.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Unsaved contact forms are kept per adviser until saved or discarded. */
@ExtendWith(ArquillianExtension.class)
class ContactDraftsIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    ContactDrafts drafts;

    @Inject
    ContactLog log;

    @Inject
    Database db;

    @Test
    void theLatestDraftComesBackToItsAdviserOnly() {
        String key = UUID.randomUUID().toString();
        adviser.run(() -> drafts.keep(key, "{\"summary\":\"Half-typed\"}"));
        adviser.run(() -> drafts.keep(key, "{\"summary\":\"Half-typed, then more\"}"));

        String fields = adviser.call(() -> drafts.latestMine().orElseThrow().getFields());
        assertEquals("{\"summary\":\"Half-typed, then more\"}", fields);
        assertEquals(1, db.count("select count(d) from ContactDraft d where d.idempotencyKey = '" + key + "'"));
        assertTrue(supervisor.call(() -> drafts.latestMine().map(d -> !d.getIdempotencyKey().equals(key)).orElse(true)),
                "another adviser never sees it");

        supervisor.run(() -> drafts.discard(key));
        assertEquals(1, db.count("select count(d) from ContactDraft d where d.idempotencyKey = '" + key + "'"),
                "nor throws it away");
        supervisor.run(() -> drafts.keep(key, "{\"summary\":\"The supervisor's own form\"}"));
        assertEquals("{\"summary\":\"Half-typed, then more\"}", adviser.call(() -> drafts.latestMine().orElseThrow().getFields()),
                "keys are each adviser's own: the same key from another is another draft");
        assertEquals("{\"summary\":\"The supervisor's own form\"}", supervisor.call(() -> drafts.latestMine().orElseThrow().getFields()));
        supervisor.run(() -> drafts.discard(key));
        adviser.run(() -> drafts.discard(key));
        assertEquals(0, db.count("select count(d) from ContactDraft d where d.idempotencyKey = '" + key + "'"));
    }

    @Test
    void savingTheContactClearsItsDraftAndALateAutosaveDoesNotBringItBack() {
        ContactForm form = ContactForms.anonymousCall();
        adviser.run(() -> drafts.keep(form.getIdempotencyKey(), "{}"));

        adviser.run(() -> log.log(form));
        adviser.run(() -> drafts.keep(form.getIdempotencyKey(), "{\"summary\":\"late\"}"));

        assertEquals(0, db.count("select count(d) from ContactDraft d where d.idempotencyKey = '"
                + form.getIdempotencyKey() + "'"));
    }
}
