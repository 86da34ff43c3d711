package org.helpline.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.helpline.testing.AsAdviser;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seeded resource directory, found by words, topic and area; retired services are not offered. */
@ExtendWith(ArquillianExtension.class)
class ResourceDirectoryIT {

    @Inject
    AsAdviser adviser;

    @Inject
    ResourceDirectory directory;

    @Inject
    Database db;

    private List<String> codes(String text, String topic, String area) {
        return adviser.call(() -> directory.find(text, topic, area)).stream().map(SupportService::getCode).toList();
    }

    @Test
    void theFacetsCourseIsFoundByWordsTopicAndArea() {
        assertTrue(codes("fatigue course", null, null).contains("facets"));
        assertTrue(codes(null, "symptoms", null).contains("facets"), "a top-level topic covers its subtopics");
        assertTrue(codes(null, "symptoms.fatigue", "wales").contains("facets"));
        assertFalse(codes(null, "symptoms.fatigue", "scotland").contains("facets"), "FACETS here runs in England and Wales");
        assertTrue(codes(null, null, "scotland").contains("samaritans"), "UK-wide services cover everywhere");
    }

    @Test
    void suggestionsFollowTheContactsTopicsAndCrisisLinesAreToHand() {
        List<String> suggested = adviser.call(() -> directory.suggestedFor(List.of("symptoms.fatigue", "money-work.benefits")))
                .stream().map(SupportService::getCode).toList();
        assertTrue(suggested.containsAll(List.of("facets", "citizens-advice-benefits")), suggested.toString());
        List<String> crisis = adviser.call(directory::crisisLines).stream().map(SupportService::getPhone).toList();
        assertTrue(crisis.contains("116 123"), crisis.toString());
    }

    @Test
    void aRetiredServiceIsNoLongerOfferedButStaysInTheDirectory() {
        db.update("update SupportService s set s.status = ?1 where s.code = 'exercise-classes'", ServiceStatus.INACTIVE);
        try {
            assertFalse(codes("exercise", null, null).contains("exercise-classes"));
            assertFalse(adviser.call(() -> directory.suggestedFor(List.of("symptoms.mobility"))).stream()
                    .anyMatch(s -> s.getCode().equals("exercise-classes")));
            assertEquals(1, db.count("select count(s) from SupportService s where s.code = 'exercise-classes'"));
        } finally {
            db.update("update SupportService s set s.status = ?1 where s.code = 'exercise-classes'", ServiceStatus.ACTIVE);
        }
    }
}
