package org.helpline.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.helpline.safeguarding.RiskKind;
import org.junit.jupiter.api.Test;

class RiskWordsTest {

    private final RiskWords words = new RiskWords(new EnumMap<>(Map.of(
            RiskKind.RISK_TO_LIFE, "end it all\ncan't go on\n\n  want   to die ",
            RiskKind.SELF_HARM, "overdose",
            RiskKind.DOMESTIC_ABUSE, "hit me")));

    @Test
    void wholeWordsInAnyCaseWithCurlyApostrophesAndAnySpacing() {
        Map<RiskKind, Set<String>> found = words.find("Help", "Some days I CAN\u2019T GO ON.\nI want\n to die.");
        assertEquals(Set.of("can't go on", "want to die"), found.get(RiskKind.RISK_TO_LIFE));
        assertEquals(1, found.size());
    }

    @Test
    void partsOfOtherWordsAndQuotedLinesRaiseNothing() {
        assertTrue(words.find("white meat", "He said the overdoses page... no: 'overdosed' is not 'overdose'? "
                + "Actually whitemeat").get(RiskKind.SELF_HARM) != null, "overdose as a word is found");
        assertTrue(words.find("Lunch", "I had white meat and fish.").isEmpty(), "'hit me' is not in 'white meat'");
        assertTrue(words.find("Re: leaflet", "Thanks!\n> If you want to end it all, call 116 123.\n>> end it all").isEmpty());
        assertTrue(words.find(null, null).isEmpty());
    }

    @Test
    void theSubjectCounts() {
        assertEquals(Set.of(RiskKind.DOMESTIC_ABUSE), words.find("He hit me again", "").keySet());
    }

    @Test
    void listsAreReadOnePhraseALine() {
        assertEquals(List.of("end it all", "can't go on", "want to die"), RiskWords.lines("end it all\r\ncan't go on\n\n  want   to die "));
    }
}
