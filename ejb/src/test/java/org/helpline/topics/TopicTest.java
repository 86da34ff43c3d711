package org.helpline.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopicTest {

    @Test
    void aTopLevelTopicHoldsItsSubtopics() {
        Topic symptoms = Topic.topLevel("symptoms", "Symptoms", null, 10);
        Topic fatigue = symptoms.addSubtopic("symptoms.fatigue", "Fatigue", null, 10);
        assertTrue(symptoms.isTopLevel());
        assertSame(symptoms, fatigue.getParent());
        assertEquals(1, symptoms.getSubtopics().size());
    }

    @Test
    void theTaxonomyIsTwoLevelsDeep() {
        Topic fatigue = Topic.topLevel("symptoms", "Symptoms", null, 10)
                .addSubtopic("symptoms.fatigue", "Fatigue", null, 10);
        assertThrows(IllegalStateException.class, () -> fatigue.addSubtopic("symptoms.fatigue.x", "X", null, 10));
    }
}
