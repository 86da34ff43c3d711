package org.helpline.callers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLine;
import org.helpline.calls.ContactLog;
import org.helpline.calls.ContactSearch;
import org.helpline.calls.SearchCriteria;
import org.helpline.cases.Cases;
import org.helpline.shared.NotFoundException;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsManager;
import org.helpline.testing.AsSecondAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An adviser sees who a caller is only when working with them: another adviser's caller is a masked match,
 * their case is not found, guessing their number gets nothing; linking them from a match, and only that,
 * lets the second adviser log a contact with them, after which they see them in full.
 */
@ExtendWith(ArquillianExtension.class)
class CallerAccessIT {

    @Inject AsAdviser adviser;
    @Inject AsSecondAdviser colleague;
    @Inject AsSupervisor supervisor;
    @Inject AsManager manager;
    @Inject CallerLookup lookup;
    @Inject ContactLog log;
    @Inject Cases cases;
    @Inject ContactSearch search;
    @Inject Database db;

    @Test
    void anotherAdvisersCallerIsMaskedUntilLinkedFromAMatch() {
        String name = ContactForms.uniqueName("Gwen", "Pritchard");
        String mobile = ContactForms.uniqueMobile();
        ContactForm first = ContactForms.namedCall(name, mobile);
        first.getCaller().setEmail("gwen." + ContactForms.unique().toLowerCase() + "@example.org");
        first.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        first.getFiling().setNewCaseTitle("Relapse and work");
        first.getContact().setSummary("Canary " + ContactForms.unique() + ": relapse, worried about her job.");
        long[] ids = adviser.call(() -> {
            var c = log.log(first);
            return new long[] {c.getCaller().getId(), c.getSupportCase().getId()};
        });
        long callerId = ids[0];
        long caseId = ids[1];

        // The adviser who took the call sees her in full.
        CallerMatch own = adviser.call(() -> lookup.find(mobile)).get(0);
        assertTrue(own.identified());
        assertEquals(name, own.displayName());
        assertEquals(1, listed("adviser", callerId, "repeat-caller look-up"), "a look-up showing her is logged");
        assertTrue(adviser.call(() -> AllRows.of(cases::mine)).stream().anyMatch(k -> k.getId() == caseId));
        assertEquals(1, listed("adviser", callerId, "my cases"), "her case in the adviser's list, logged");

        // A colleague who types her number gets a masked match.
        List<CallerMatch> matches = colleague.call(() -> lookup.find(mobile));
        assertEquals(1, matches.size());
        CallerMatch masked = matches.get(0);
        assertFalse(masked.identified());
        assertEquals("G. P. " + name.substring(name.lastIndexOf(' ') + 1, name.lastIndexOf(' ') + 2) + ".", masked.displayName());
        assertTrue(masked.phones().get(0).startsWith("••• ") && !masked.phones().get(0).contains("7700"), masked.phones().toString());
        assertNull(masked.email());
        assertTrue(masked.lastContacts().stream().allMatch(c -> c.summary() == null));
        assertTrue(masked.openCases().stream().allMatch(k -> k.title() == null));

        // Guessing her id, or forging a token, finds nothing; her case is not found either.
        assertTrue(colleague.call(() -> lookup.get(callerId)).isEmpty());
        assertTrue(colleague.call(() -> lookup.get(callerId, "forged-token")).isEmpty());
        assertTrue(colleague.call(() -> lookup.get(callerId, own.token())).isEmpty(), "another user's token");
        assertThrows(NotFoundException.class, () -> colleague.call(() -> cases.get(caseId)));
        // Searching by her number or name finds nothing for the colleague; the supervisor finds her.
        SearchCriteria byPhone = new SearchCriteria();
        byPhone.setText(mobile);
        assertEquals(0, colleague.call(() -> search.count(byPhone)));
        assertTrue(supervisor.call(() -> search.count(byPhone)) >= 1);
        // Searching the words of the contact finds it, but not who it was.
        SearchCriteria byWords = new SearchCriteria();
        byWords.setText(first.getContact().getSummary().substring(7, 16));
        List<ContactLine> lines = colleague.call(() -> search.search(byWords, 0, 10, null));
        assertEquals(1, lines.size());
        assertEquals("A caller you are not working with", lines.get(0).caller());
        assertNull(lines.get(0).caseId());
        assertEquals(0, listed("adviser2", callerId, null), "shown masked: nothing of her seen, nothing logged");
        assertTrue(supervisor.call(() -> search.search(byPhone, 0, 10, null)).size() >= 1);
        assertEquals(1, listed("supervisor", callerId, "contact search results"));

        // Logging a contact with her by a guessed id is refused, and nothing is saved.
        ContactForm guessed = ContactForms.anonymousCall();
        guessed.getCaller().setCallerId(callerId);
        assertThrows(NotFoundException.class, () -> colleague.call(() -> log.log(guessed)));
        assertEquals(0, db.count("select count(c) from Contact c where c.idempotencyKey = '" + guessed.getIdempotencyKey() + "'"));

        // Linking her from the match shows her in full, and logging the contact makes her the colleague's caller too.
        CallerMatch linked = colleague.call(() -> lookup.get(callerId, masked.token())).orElseThrow();
        assertTrue(linked.identified());
        assertEquals(name, linked.displayName());
        ContactForm second = ContactForms.anonymousCall();
        second.getCaller().setCallerId(callerId);
        second.getCaller().setCallerToken(linked.token());
        colleague.run(() -> log.log(second));
        assertEquals(name, colleague.call(() -> lookup.find(mobile)).get(0).displayName());
        assertEquals(1, listed("adviser2", callerId, "repeat-caller look-up"));
        assertEquals(caseId, (long) colleague.call(() -> cases.get(caseId).getId()));
    }

    /** Times {@code username} was shown the caller in a list ({@code where}, or anywhere). */
    private long listed(String username, long callerId, String where) {
        return db.count("select count(e) from AccessEntry e where e.action = org.helpline.audit.AccessEntry.Action.LISTED "
                + "and e.username = '" + username + "' and e.callerId = " + callerId
                + (where == null ? "" : " and e.detail = '" + where + "'"));
    }

    @Test
    void managersNeverSeeACaller() {
        assertThrows(EJBAccessException.class, () -> manager.call(() -> lookup.find("07700")));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> lookup.get(1L)));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> cases.get(1L)));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> search.count(new SearchCriteria())));
    }
}
