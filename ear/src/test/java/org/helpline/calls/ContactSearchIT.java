package org.helpline.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.helpline.cases.CaseStatus;
import org.helpline.cases.Cases;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Searching contacts and cases by words, phone, case number and filters. */
@ExtendWith(ArquillianExtension.class)
class ContactSearchIT {

    @Inject
    AsAdviser adviser;

    @Inject
    ContactLog log;

    @Inject
    ContactSearch search;

    @Inject
    Cases cases;

    @Inject
    Database db;

    private List<Long> ids(Consumer<SearchCriteria> criteria) {
        SearchCriteria c = new SearchCriteria();
        criteria.accept(c);
        return adviser.call(() -> search.search(c, 0, 50, ContactSearch.Sort.NEWEST)).stream().map(ContactLine::id).toList();
    }

    @Test
    void everyWordMustAppearSomewhere() {
        String word = ContactForms.unique().toLowerCase();
        String surname = ContactForms.unique();
        ContactForm form = ContactForms.namedCall("Jess " + surname, ContactForms.uniqueMobile());
        form.getContact().setSummary("Asked about the " + word + " leaflet for newly diagnosed people.");
        long id = adviser.call(() -> log.log(form).getId());

        assertEquals(List.of(id), ids(c -> c.setText(word)));
        assertEquals(List.of(id), ids(c -> c.setText(word.substring(0, 6))), "the start of a word finds it");
        assertEquals(List.of(id), ids(c -> c.setText(word.toUpperCase() + " " + surname)), "summary and caller name");
        assertEquals(List.of(), ids(c -> c.setText(word + " " + ContactForms.unique())));

        ContactForm later = ContactForms.anonymousCall();
        later.getContact().setSummary("Rang back about the " + word + " leaflet.");
        later.getContact().setStartedAt(form.getContact().getStartedAt().plusSeconds(60));
        long laterId = adviser.call(() -> log.log(later).getId());
        assertEquals(List.of(laterId, id), ids(c -> c.setText(word)), "newest first");
    }

    @Test
    void aPhoneNumberOrCaseNumberFindsTheirContacts() {
        String mobile = ContactForms.uniqueMobile();
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Kit", "Moss"), mobile);
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Driving licence and MS");
        String[] saved = adviser.call(() -> {
            Contact c = log.log(form);
            return new String[] {String.valueOf(c.getId()), c.getSupportCase().getNumber(), String.valueOf(c.getSupportCase().getId())};
        });
        long id = Long.parseLong(saved[0]);
        String digits = mobile.replace(" ", "").substring(1);

        assertEquals(List.of(id), ids(c -> c.setText("+44 " + digits)));
        assertEquals(List.of(id), ids(c -> c.setText(saved[1].toLowerCase())));

        String noteWord = ContactForms.unique().toLowerCase();
        long caseId = Long.parseLong(saved[2]);
        long version = adviser.call(() -> cases.get(caseId).getVersion());
        adviser.run(() -> cases.addNote(caseId, version, "Sent the " + noteWord + " form by post."));
        assertEquals(List.of(id), ids(c -> c.setText(noteWord)), "words in case notes find the case's contacts");
    }

    @Test
    void filtersNarrowTheResults() {
        String word = ContactForms.unique().toLowerCase();
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Lee", "Hunt"), ContactForms.uniqueMobile());
        form.getContact().setSummary("Filter test " + word);
        form.getContact().setLine("nurse-line");
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Filters");
        long id = adviser.call(() -> log.log(form).getId());
        LocalDate today = LocalDate.ofInstant(form.getContact().getStartedAt(), HelplineTime.ZONE);

        assertEquals(List.of(id), ids(c -> { c.setText(word); c.setFrom(today); c.setTo(today); }));
        assertEquals(List.of(), ids(c -> { c.setText(word); c.setFrom(today.plusDays(1)); }));
        assertEquals(List.of(id), ids(c -> { c.setText(word); c.setTopic("symptoms"); }), "a top-level topic covers its subtopics");
        assertEquals(List.of(), ids(c -> { c.setText(word); c.setTopic("research"); }));
        assertEquals(List.of(id), ids(c -> { c.setText(word); c.setAdviser("adviser"); }));
        assertEquals(List.of(), ids(c -> { c.setText(word); c.setAdviser("adviser2"); }));
        assertEquals(List.of(id), ids(c -> { c.setText(word); c.setLine("nurse-line"); }));
        assertEquals(List.of(), ids(c -> { c.setText(word); c.setLine("info-line"); }));
        assertEquals(List.of(id), ids(c -> { c.setText(word); c.setCaseStatus(CaseStatus.OPEN); }));
        assertEquals(List.of(), ids(c -> { c.setText(word); c.setCaseStatus(CaseStatus.CLOSED); }));
    }

    @Test
    void theCountStopsPastAThousandButThePagesGoOn() throws Exception {
        String word = ContactForms.unique().toLowerCase();
        ContactForm form = ContactForms.anonymousCall();
        form.getContact().setSummary("Asked about the " + word + " study.");
        long id = adviser.call(() -> log.log(form).getId());
        assertEquals(1, adviser.call(() -> search.count(words(word))));

        // A thousand and four copies of it, straight into the table (far above the ids the sequence gives).
        String series = db.databaseProduct().toLowerCase().contains("postgres")
                ? "generate_series(1, 1004) g(n)" : "system_range(1, 1004) g(n)";
        db.nativeUpdate("insert into contact (id, idempotency_key, channel_id, direction, line_id, started_at, duration_seconds,"
                + " non_data_kind, caller_type_id, caller_id, case_id, summary, information_given, outcome_id, follow_up_needed,"
                + " referral_needed, adviser_id, logged_at, updated_at, updated_by_id, version)"
                + " select 2000000000 + ?1 * 2000 + g.n, concat('copy-', ?1, '-', g.n), channel_id, direction, line_id, started_at,"
                + " duration_seconds, non_data_kind, caller_type_id, caller_id, case_id, summary, information_given, outcome_id,"
                + " follow_up_needed, referral_needed, adviser_id, logged_at, updated_at, updated_by_id, version"
                + " from contact, " + series + " where id = ?1", id);

        assertEquals(ContactSearch.COUNT_LIMIT + 1, adviser.call(() -> search.count(words(word))), "more than a thousand");
        List<ContactLine> last = adviser.call(() -> search.search(words(word), 1000, 20, ContactSearch.Sort.NEWEST));
        assertEquals(5, last.size(), "the pages past the count are there: 1,005 contacts in all");
    }

    private static SearchCriteria words(String text) {
        SearchCriteria c = new SearchCriteria();
        c.setText(text);
        return c;
    }

    @Test
    void pagesComeFromTheDatabaseAndMatchTheCount() {
        SearchCriteria all = new SearchCriteria();
        all.setTopic("symptoms");
        long total = adviser.call(() -> search.count(all));
        assertTrue(total > 20, "the demo data has plenty: " + total);
        List<ContactLine> first = adviser.call(() -> search.search(all, 0, 10, ContactSearch.Sort.NEWEST));
        List<ContactLine> second = adviser.call(() -> search.search(all, 10, 10, ContactSearch.Sort.NEWEST));
        assertEquals(10, first.size());
        assertTrue(first.get(9).startedAt().compareTo(second.get(0).startedAt()) >= 0, "newest first across pages");
        assertTrue(first.stream().noneMatch(f -> second.stream().anyMatch(s -> s.id() == f.id())));

        assertEquals("page", assertThrows(InvalidInputException.class,
                () -> adviser.call(() -> search.search(all, 0, 1000, null))).getField());
        SearchCriteria backwards = new SearchCriteria();
        backwards.setFrom(LocalDate.of(2026, 3, 2));
        backwards.setTo(LocalDate.of(2026, 3, 1));
        assertEquals("to", assertThrows(InvalidInputException.class, () -> adviser.call(() -> search.count(backwards))).getField());
    }
}
