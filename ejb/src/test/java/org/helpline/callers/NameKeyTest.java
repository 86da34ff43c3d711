package org.helpline.callers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @Test
    void plainDropsCaseAccentsAndPunctuation() {
        assertEquals("sian oneill", NameKey.plain("  Siân O'Neill "));
        assertEquals("mary jane smith", NameKey.plain("Mary-Jane  SMITH"));
    }

    @Test
    void soundsAreEachPartsDoubleMetaphoneAndSoundexCodes() {
        assertEquals(" JN AN J500 SM0 XMT S530 ", NameKey.sounds("John Smith"));
        assertEquals(" JN AN J500 SM0 XMT S530 ", NameKey.sounds("Jon Smyth"));
        assertEquals(" K0RN KTRN C365 ", NameKey.sounds("Catherine"));
        assertEquals(" PRS P620 ", NameKey.sounds("Price"));
        assertEquals("", NameKey.sounds(" 42 "));
        assertEquals("", NameKey.sounds(null));
        assertNotEquals(NameKey.sounds("John Smith"), NameKey.sounds("Joan Price"));
    }

    /** As the look-up matches: one of the typed word's codes is among the stored codes. */
    @ParameterizedTest
    @CsvSource({"John Smith, Jon Smyth", "Catherine, Kathryn", "Catherine, Cathryn", "Katherine, Kathryn",
            "Stephen, Steven", "Mohammed, Muhammad", "Philip, Fillip", "Shaun, Shawn", "Geoff, Jeff",
            "Caitlin, Katelyn", "Chloe, Khloe", "Graham, Grahame", "Macleod, McLeod", "Sean, Sian",
            "Farquharson, Farquarson", "Robert, Rupert", "Siobhan, Shivaun", "Aoife, Eefa"})
    void namesThatSoundAlikeMatch(String stored, String typed) {
        assertTrue(soundsLike(stored, typed), typed + " finds " + stored);
    }

    @ParameterizedTest
    @CsvSource({"John Smith, Joan Price", "Catherine, Caroline", "Niamh, Neve"})
    void namesThatDoNotSoundAlikeToTheEncoders(String stored, String typed) {
        assertFalse(soundsLike(stored, typed), typed + " does not find " + stored);
    }

    @Test
    void wordsThatDoNotStartWithALetterHaveNoCodes() {
        assertEquals(List.of(), NameKey.codes("42"));
        assertEquals(List.of(), NameKey.codes(""));
        assertEquals(List.of("JN", "AN", "J500"), NameKey.codes("jon"));
        assertEquals(List.of("PRS", "P620"), NameKey.codes("price"));
    }

    @Test
    void soundexFollowsTheUsualRules() {
        assertEquals("R163", NameKey.codes("robert").get(1));
        assertEquals("A261", NameKey.codes("ashcraft").get(1));
        assertEquals("T522", NameKey.codes("tymczak").get(2));
        assertEquals("P236", NameKey.codes("pfister").get(1));
    }

    @Test
    void soundsFitTheColumn() {
        String name = "j ".repeat(150) + "Kowalski-Wiśniewska ".repeat(20);
        String sounds = NameKey.sounds(name);
        assertTrue(sounds.length() <= NameKey.MAX_SOUNDS, sounds);
        assertTrue(sounds.startsWith(" ") && sounds.endsWith(" "));
        String many = String.join(" ", java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> "name" + (char) ('a' + i % 26) + (char) ('a' + i / 26)).toList());
        String capped = NameKey.sounds(many);
        assertTrue(capped.length() <= NameKey.MAX_SOUNDS, capped);
        assertTrue(capped.endsWith(" ") && !capped.contains("  "));
    }

    private static boolean soundsLike(String stored, String typed) {
        String sounds = NameKey.sounds(stored);
        for (String word : NameKey.plain(typed).split(" ")) {
            if (NameKey.codes(word).stream().noneMatch(code -> sounds.contains(" " + code + " "))) {
                return false;
            }
        }
        return true;
    }
}
